"""Every console route × every role: each route declares its roles, and every other role is refused.

The walk reads the routes of the console app itself, so a page added later is covered without
touching this file; a route that declares neither ``require(...)`` nor ``public()`` fails it. A route
with path parameters or a form takes its sample from ``route_samples.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from egide.app import database_of
from egide.console.access import access_rule, csrf_token_for
from egide.console.sessions import open_session
from egide.gateway.app import create_app
from egide.governance import Role, bootstrap
from egide.store import Database
from egide.store.types import utcnow
from tests.console import route_samples
from tests.console.conftest import console_settings, create_account


@dataclass
class Site:
    app: FastAPI
    console: FastAPI
    database: Database
    users: dict[Role, int]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    settings = console_settings(tmp_path_factory.mktemp("roles") / "var")
    database = database_of(settings, migrate=True)
    bootstrap(database)
    users = {role: create_account(database, role).user_id for role in Role}
    app = create_app(settings, database=database)
    console = next(r.app for r in app.routes if getattr(r, "path", "") == "/console")
    yield Site(app, console, database, users)
    database.dispose()


def _routes() -> list[tuple[str, str]]:
    from egide.console.pages import ROUTERS

    found = []
    for router in ROUTERS:
        for route in router.routes:
            assert isinstance(route, APIRoute)
            found.extend((method, route.path) for method in sorted(route.methods - {"HEAD"}))
    return found


ROUTES = _routes()


def _route(method: str, path: str) -> APIRoute:
    from egide.console.pages import ROUTERS

    for router in ROUTERS:
        for route in router.routes:
            if isinstance(route, APIRoute) and route.path == path and method in route.methods:
                return route
    raise AssertionError(f"{method} {path} is not in the console's routers")


def _url(path: str) -> str:
    return "/console" + re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: route_samples.PATH_PARAMS[m.group(1)], path)


def _request(site: Site, method: str, path: str, role: Role | None) -> int:
    """Status of ``method path`` for a fresh session of ``role`` (None: no session), with a valid CSRF token."""
    client = TestClient(site.app, base_url="http://127.0.0.1", follow_redirects=False)
    services = site.console.state.console
    headers: dict[str, str] = {}
    if role is not None:
        with site.database.session(write=True) as session:
            token, _ = open_session(session, site.users[role], method="password", now=utcnow())
        client.cookies.set(services.session_cookie, token)
        headers["x-csrf-token"] = csrf_token_for(services.keys.csrf, "session:" + token)
    else:
        visitor = "v" * 32
        client.cookies.set(services.visitor_cookie, visitor)
        headers["x-csrf-token"] = csrf_token_for(services.keys.csrf, "visitor:" + visitor)
    data = route_samples.FORMS.get((method, path))
    response = client.request(method, _url(path), data=data, headers=headers)
    return response.status_code


def test_the_walk_sees_the_core_routes() -> None:
    assert {
        ("GET", "/"),
        ("GET", "/tools"),
        ("POST", "/tools/{tool_id}/suspend"),
        ("POST", "/logout"),
    } <= set(ROUTES)


@pytest.mark.parametrize(("method", "path"), ROUTES, ids=[f"{m} {p}" for m, p in ROUTES])
def test_each_route_declares_its_roles_and_refuses_the_others(site: Site, method: str, path: str) -> None:
    rule = access_rule(_route(method, path))
    assert rule is not None, f"{method} {path} declares neither require(...) nor public()"
    if rule.public:
        assert (method, path) in route_samples.PUBLIC, f"{method} {path} is public but not listed as such"
        return
    assert (method, path) not in route_samples.PUBLIC
    assert Role.APPLICATION not in rule.roles  # application accounts never use the console
    for role in Role:
        status = _request(site, method, path, role)
        if role in rule.roles:
            assert status not in (401, 403), f"{role} refused on {method} {path}"
        else:
            assert status == 403, f"{role} got {status} on {method} {path}"
    anonymous = _request(site, method, path, None)
    assert anonymous == (303 if method == "GET" else 401)


def test_a_route_declaring_nothing_is_caught(site: Site) -> None:
    # The check above must fail for a route without require()/public(): prove access_rule says None.
    from fastapi import APIRouter

    router = APIRouter()

    @router.get("/oubli")
    def forgotten() -> str:
        return "ouvert"

    route = router.routes[0]
    assert access_rule(route) is None


def test_the_core_routes_admit_whom_they_should() -> None:
    # The walk above proves each route enforces what it declares; this pins what the core declares.
    persons = frozenset(Role) - {Role.APPLICATION}
    expected = {
        ("GET", "/"): persons,
        ("GET", "/account"): persons,
        ("POST", "/logout"): persons,
        ("GET", "/tools"): {Role.ADMIN, Role.DPO, Role.RSSI, Role.REFERENT},
        ("GET", "/tools/{tool_id}"): {Role.ADMIN, Role.DPO, Role.RSSI, Role.REFERENT},
        ("POST", "/tools/{tool_id}/suspend"): {Role.ADMIN, Role.RSSI},  # as `egide tools suspend`
    }
    for (method, path), roles in expected.items():
        rule = access_rule(_route(method, path))
        assert rule is not None and not rule.public and rule.roles == roles, (method, path)
