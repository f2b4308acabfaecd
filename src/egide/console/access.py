"""Who may open what: ``require(*roles)`` and ``public()`` on every console route, CSRF on every unsafe one.

Every route declares exactly one of them as a dependency::

    @router.get("/outils")
    def tools(request: Request, user: ConsoleUser = Depends(require(Role.ADMIN, Role.RSSI))) -> Response: ...

    @router.get("/login")
    def login_page(request: Request, visitor: ConsoleUser | None = Depends(public())) -> Response: ...

``require()`` with no roles admits every person (all roles but ``application``, whose accounts never
open a console session). No session: GET is redirected to the login page, other methods get 401;
a role not listed gets 403 — French pages (``egide.console.app``). The declared rule is kept on the
dependency (:func:`access_rule` reads it back), so that ``tests/console/test_route_roles.py`` can
walk every route and prove the others are refused.

:func:`load_session` runs before every route (an app-level dependency): it finds the session of
the cookie and, for POST, PUT, PATCH and DELETE, checks the CSRF token (form field ``csrf_token``,
or header ``X-CSRF-Token`` for scripts): an HMAC of the session token, or before sign-in of the
visitor cookie, keyed by ``Purpose.CONSOLE_CSRF``. No valid token: 403, whatever the route.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from anyio import to_thread
from fastapi import Request
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute

from egide.console.services import ConsoleServices
from egide.console.sessions import SignedIn, find_session, touch_session
from egide.governance.types import Role

#: The roles of people; ``application`` accounts stand for software and never sign in here.
PERSON_ROLES: frozenset[Role] = frozenset(role for role in Role if role is not Role.APPLICATION)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_RULE_ATTRIBUTE = "console_access"


@dataclass(frozen=True)
class ConsoleUser:
    user_id: int
    role: Role
    name: str
    email: str
    session_id: int


@dataclass(frozen=True)
class AccessRule:
    """What a route declared: ``public`` or the roles it admits."""

    roles: frozenset[Role]
    public: bool = False


class LoginRequired(Exception):
    """No live session: GET goes to the login page, other methods get 401."""


class RoleRefused(Exception):
    """Signed in, but the route does not admit this role: 403."""


class CsrfRefused(Exception):
    """An unsafe method without a valid CSRF token: 403."""


def services(request: Request) -> ConsoleServices:
    found: ConsoleServices = request.app.state.console
    return found


def signed_in(request: Request) -> ConsoleUser | None:
    """The person of this request's session (set by :func:`load_session`), or None."""
    user: ConsoleUser | None = getattr(request.state, "console_user", None)
    return user


def require(*roles: Role) -> Callable[[Request], ConsoleUser]:
    """A dependency admitting the people signed in with one of ``roles`` (none given: every person)."""
    allowed = frozenset(roles) if roles else PERSON_ROLES

    def dependency(request: Request) -> ConsoleUser:
        user = signed_in(request)
        if user is None:
            raise LoginRequired
        if user.role not in allowed:
            raise RoleRefused
        return user

    setattr(dependency, _RULE_ATTRIBUTE, AccessRule(allowed))
    return dependency


def public() -> Callable[[Request], ConsoleUser | None]:
    """A dependency marking a route open to anyone (login, the OpenID callback, the patient notice)."""

    def dependency(request: Request) -> ConsoleUser | None:
        return signed_in(request)

    setattr(dependency, _RULE_ATTRIBUTE, AccessRule(frozenset(Role), public=True))
    return dependency


def access_rule(route: BaseRoute) -> AccessRule | None:
    """The rule a route declared (through ``require`` or ``public``), or None if it declared none."""
    if not isinstance(route, APIRoute):
        return None
    rules = [
        rule
        for dependency in route.dependant.dependencies
        if (rule := getattr(dependency.call, _RULE_ATTRIBUTE, None)) is not None
    ]
    return rules[0] if len(rules) == 1 else None


# -- CSRF ----------------------------------------------------------------------------------------


def csrf_token_for(key: bytes, bound_to: str) -> str:
    digest = hmac.new(key, bound_to.encode("ascii", "replace"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def expected_csrf_token(request: Request) -> str:
    """The token this request's forms must carry (made for the session, or for the visitor cookie)."""
    console = services(request)
    token = getattr(request.state, "console_token", None)
    if token:
        return csrf_token_for(console.keys.csrf, "session:" + token)
    return csrf_token_for(console.keys.csrf, "visitor:" + visitor_id(request))


def visitor_id(request: Request) -> str:
    """The anonymous visitor's random id (from their cookie, or new: ``render`` then sets the cookie)."""
    current: str | None = getattr(request.state, "visitor_id", None)
    if current is None:
        current = request.cookies.get(services(request).visitor_cookie, "")
        if not (20 <= len(current) <= 100):
            current = secrets.token_urlsafe(24)
            request.state.visitor_new = True
        request.state.visitor_id = current
    return current


async def _submitted_token(request: Request) -> str:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()  # Starlette keeps it: the route's Form() parameters read the same
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


# -- the dependency run before every route ------------------------------------------------------


async def resolve_session(request: Request) -> ConsoleUser | None:
    """Find the session of the cookie once per request (kept in ``request.state``)."""
    if hasattr(request.state, "console_user"):
        return signed_in(request)
    console = services(request)
    token = request.cookies.get(console.session_cookie, "")
    found: SignedIn | None = None
    if token:
        found = await to_thread.run_sync(_find, console, token)
    request.state.console_user = (
        ConsoleUser(found.user_id, found.role, found.name, found.email, found.session_id) if found else None
    )
    request.state.console_token = token if found else None
    return signed_in(request)


async def load_session(request: Request) -> None:
    """Find the session of the cookie; refuse an unsafe method without the right CSRF token."""
    found = await resolve_session(request)
    if request.method in SAFE_METHODS:
        return
    rule = access_rule(request.scope["route"]) if "route" in request.scope else None
    if found is None and (rule is None or not rule.public):
        raise LoginRequired  # 401 before anything else: no session, no action
    submitted = await _submitted_token(request)
    if not submitted or not hmac.compare_digest(submitted, expected_csrf_token(request)):
        raise CsrfRefused


def _find(console: ConsoleServices, token: str) -> SignedIn | None:
    now = console.clock()
    with console.database.session() as session:
        found = find_session(session, token, now=now, config=console.config)
    if found is not None and found.touch_due:
        with console.database.session(write=True) as session:
            touch_session(session, found.session_id, now=now)
    return found


def client_address(request: Request) -> str:
    return request.client.host if request.client else "inconnue"
