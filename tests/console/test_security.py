"""Sessions and forms under attack: CSRF, session fixation, cookie flags, security headers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from egide.app import console_cookie_secure, database_of
from egide.gateway.app import create_app
from egide.governance import Role, ToolStatus, bootstrap, find_tool
from egide.store.models.console import ConsoleSession
from tests.console.conftest import Account, Console, console_settings, create_account


def test_a_post_without_csrf_token_is_refused_and_changes_nothing(
    console: Console, make_user: Callable[..., Account]
) -> None:
    admin = make_user(Role.ADMIN)
    client = console.signed_in(admin)
    refused = client.post("/console/tools/1/suspend", token="")
    assert refused.status_code == 403
    assert "jeton de sécurité" in refused.text
    wrong = client.post("/console/tools/1/suspend", token="x" * 43)
    assert wrong.status_code == 403
    with console.database.session() as session:
        assert find_tool(session, "1").status is ToolStatus.APPROVED
    # the same request with the page's token goes through: the refusal above was the token's
    done = client.post("/console/tools/1/suspend")
    assert done.status_code == 303
    with console.database.session() as session:
        assert find_tool(session, "1").status is ToolStatus.SUSPENDED


def test_a_token_of_another_session_is_refused(console: Console, make_user: Callable[..., Account]) -> None:
    admin = make_user(Role.ADMIN)
    first, second = console.signed_in(admin), console.signed_in(admin)
    stolen = first.csrf("/console/")
    assert second.post("/console/tools/1/suspend", token=stolen).status_code == 403
    assert first.post("/console/tools/1/suspend", token=stolen).status_code == 303


def test_a_script_sends_the_token_in_a_header(console: Console, make_user: Callable[..., Account]) -> None:
    admin = make_user(Role.ADMIN)
    client = console.signed_in(admin)
    token = client.csrf("/console/")
    assert client.http.post("/console/tools/1/suspend", headers={"x-csrf-token": "nope"}).status_code == 403
    assert client.http.post("/console/tools/1/suspend", headers={"x-csrf-token": token}).status_code == 303


def test_the_login_form_needs_its_token_too(console: Console, make_user: Callable[..., Account]) -> None:
    admin = make_user(Role.ADMIN)
    client = console.client()
    refused = client.post("/console/login", {"email": admin.email, "password": admin.password}, token="")
    assert refused.status_code == 403
    assert not client.signed_in


def test_session_fixation_a_planted_session_id_never_becomes_a_session(
    console: Console, make_user: Callable[..., Account]
) -> None:
    admin = make_user(Role.ADMIN)
    client = console.client()
    planted = "planted-by-an-attacker-0123456789abcdef"
    client.http.cookies.set("egide_session", planted)
    response = client.login(admin)
    issued = response.cookies.get("egide_session")
    assert issued and issued != planted
    attacker = console.client()
    attacker.http.cookies.set("egide_session", planted)
    assert attacker.get("/console/").status_code == 303  # to the login page: the planted id is nothing


def test_signing_in_again_rotates_the_session(console: Console, make_user: Callable[..., Account]) -> None:
    admin = make_user(Role.ADMIN)
    client = console.signed_in(admin)
    before = client.http.cookies.get("egide_session")
    client.login(admin)  # the same browser signs in again (another account, or the same)
    after = client.http.cookies.get("egide_session")
    assert before and after and before != after
    old = console.client()
    old.http.cookies.set("egide_session", before)
    assert old.get("/console/").status_code == 303  # the previous session ended at the new sign-in
    with console.database.session() as session:
        tokens = session.scalars(
            select(ConsoleSession.revoked_at).where(ConsoleSession.user_id == admin.user_id)
        ).all()
    assert len(tokens) == 2 and sum(t is not None for t in tokens) == 1


def test_cookie_flags_on_plain_http_loopback(console: Console, make_user: Callable[..., Account]) -> None:
    admin = make_user(Role.ADMIN)
    header = console.client().login(admin).headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=lax" in header and "path=/" in header
    assert "secure" not in header  # plain-HTTP loopback (the test settings): a browser would drop it
    assert "max-age" not in header and "expires" not in header  # ends with the browser, and on the server


def test_cookie_flags_when_served_over_tls(tmp_path: Path) -> None:
    settings = console_settings(tmp_path / "var", cookie_secure=None)
    settings = settings.model_copy(
        update={"gateway": settings.gateway.model_copy(update={"forwarded_allow_ips": ["127.0.0.1"]})}
    )
    assert console_cookie_secure(settings)
    database = database_of(settings, migrate=True)
    bootstrap(database)
    admin = create_account(database, Role.ADMIN)
    client = TestClient(
        create_app(settings, database=database), base_url="https://egide.chu.test", follow_redirects=False
    )
    page = client.get("/console/login")
    assert "__host-egide_visitor" in page.headers["set-cookie"].lower()
    assert "secure" in page.headers["set-cookie"].lower()
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post(
        "/console/login", data={"email": admin.email, "password": admin.password, "csrf_token": token}
    )
    header = response.headers["set-cookie"]
    assert header.startswith("__Host-egide_session=")
    assert all(flag in header.lower() for flag in ("httponly", "secure", "samesite=lax", "path=/"))
    assert client.get("/console/").status_code == 200
    database.dispose()


@pytest.mark.parametrize(
    ("gateway", "console_setting", "secure"),
    [
        ({"host": "127.0.0.1"}, None, False),
        ({"host": "::1"}, None, False),
        ({"host": "localhost"}, None, False),
        ({"host": "0.0.0.0"}, None, True),
        ({"host": "10.1.2.3"}, None, True),
        ({"host": "egide.chu.local"}, None, True),
        ({"host": "127.0.0.1", "forwarded_allow_ips": ["127.0.0.1"]}, None, True),
        ({"host": "127.0.0.1", "tls_certfile": "c.pem", "tls_keyfile": "k.pem"}, None, True),
        ({"host": "0.0.0.0"}, False, False),
        ({"host": "127.0.0.1"}, True, True),
    ],
)
def test_when_cookies_are_secure(
    tmp_path: Path, gateway: dict[str, object], console_setting: bool | None, secure: bool
) -> None:
    from egide.settings import Settings

    settings = Settings(data_dir=tmp_path, gateway=gateway, console={"cookie_secure": console_setting})
    assert console_cookie_secure(settings) is secure


def test_pages_carry_security_headers(console: Console) -> None:
    response = console.client().get("/console/login")
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"


def test_after_sign_in_only_console_paths_are_followed(
    console: Console, make_user: Callable[..., Account]
) -> None:
    admin = make_user(Role.ADMIN)
    for target, expected in [
        ("/console/tools", "/console/tools"),
        ("https://ailleurs.example/", "/console/"),
        ("//ailleurs.example/console/", "/console/"),
        ("/v1/models", "/console/"),
    ]:
        client = console.client()
        response = client.post(
            "/console/login", {"email": admin.email, "password": admin.password, "suite": target}
        )
        assert response.headers["location"] == expected


def test_error_pages_never_repeat_what_was_typed(console: Console, make_user: Callable[..., Account]) -> None:
    typed = "Jean DUPONT né le 14/03/1950 " * 20  # 580 characters: over the field's limit
    client = console.client()
    response = client.post("/console/login", {"email": typed, "password": "x"})
    assert response.status_code == 400
    assert "DUPONT" not in response.text and "1950" not in response.text
    refused = client.post("/console/login", {"email": "Jean.DUPONT@essai.egide.test", "password": "x"})
    assert refused.status_code == 401
    assert "DUPONT" in refused.text  # the form keeps the address typed, for the person to correct…
    with console.database.session() as session:  # …but nothing of it is stored
        dump = "\n".join(
            str(row)
            for table in ("console_login_attempts", "audit_records")
            for row in session.execute(text(f"SELECT * FROM {table}"))
        )
    assert "dupont" not in dump.lower()
