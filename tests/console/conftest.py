"""Console fixtures for route and unit tests (the browser ones are in ``browser/conftest.py``).

- ``console``: the whole app (``egide.gateway.app.create_app``, console at ``/console``) on a migrated,
  bootstrapped database (SQLite and PostgreSQL through ``database``), with :class:`ConsoleClient`s;
- ``make_user(role)``: a person with that role and a known password (:class:`Account`);
- ``ConsoleClient.login(account)``: signs in through the form, as a browser would.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from egide.app import database_of
from egide.console.passwords import set_password
from egide.console.services import ConsoleServices
from egide.gateway.app import create_app
from egide.governance import Role, add_user, bootstrap
from egide.settings import Settings
from egide.store import Database
from egide.store.types import utcnow
from tests.conftest import TEST_SECRET

SECRET = TEST_SECRET  # the secret of the `database` fixture: one audit chain key
PASSWORD_LENGTH = 12
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass(frozen=True)
class Account:
    """A person made for a test: what a browser types to sign in, and what the registry says."""

    user_id: int
    role: Role
    name: str
    email: str
    password: str


def console_settings(data_dir: Path, database_url: str | None = None, **console: Any) -> Settings:
    return Settings(
        environment="test",
        data_dir=data_dir,
        secret_key=SECRET,
        database_url=database_url,
        gateway={"rate_limit_per_minute": 0},
        console=console,
    )


def create_account(
    database: Database, role: Role | str, *, password: str | None = None, name: str | None = None
) -> Account:
    """A person with ``role`` and a password (a random one unless given); synthetic names only."""
    checked = Role(role)
    tag = secrets.token_hex(3)
    name = name or f"Compte {checked.value} {tag}"
    email = f"{checked.value}-{tag}@essai.egide.test"
    password = password or "mdp-" + secrets.token_urlsafe(12)
    with database.session(write=True) as session:
        user = add_user(session, name=name, email=email, role=checked)
        if checked is not Role.APPLICATION:
            set_password(session, user.id, password, min_length=PASSWORD_LENGTH)
    return Account(user.id, checked, name, email, password)


class ConsoleClient:
    """A browser-like client of the console: keeps its cookies, reads CSRF tokens from pages."""

    def __init__(self, app: FastAPI, base_url: str = "http://127.0.0.1") -> None:
        self.http = TestClient(app, base_url=base_url, follow_redirects=False)

    def get(self, path: str, **options: Any) -> httpx.Response:
        return self.http.get(path, **options)

    def csrf(self, page: str | None = None) -> str:
        """The CSRF token of the forms on ``page`` (default: the home page, or the login page before sign-in)."""
        response = self.http.get(page or "/console/")
        if page is None and response.status_code == 303:
            response = self.http.get("/console/login")
        found = _CSRF.search(response.text)
        assert found, f"no CSRF field on {page} ({response.status_code})"
        return found.group(1)

    def post(
        self, path: str, data: dict[str, str] | None = None, *, token: str | None = None, **options: Any
    ) -> httpx.Response:
        """POST a form with the current CSRF token (``token=""`` sends none)."""
        form = dict(data or {})
        if token is None:
            token = self.csrf()
        if token:
            form["csrf_token"] = token
        return self.http.post(path, data=form, **options)

    @property
    def signed_in(self) -> bool:
        return any(name.endswith("egide_session") for name in self.http.cookies)

    def login(self, account: Account) -> httpx.Response:
        response = self.post("/console/login", {"email": account.email, "password": account.password})
        assert response.status_code == 303, response.text
        return response


@dataclass
class Console:
    settings: Settings
    database: Database
    app: FastAPI

    def client(self) -> ConsoleClient:
        return ConsoleClient(self.app)

    def signed_in(self, account: Account) -> ConsoleClient:
        client = self.client()
        client.login(account)
        return client

    @property
    def services(self) -> ConsoleServices:
        return console_app(self.app).state.console  # type: ignore[no-any-return]

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Make the console read time from ``clock`` (sessions, lock-outs, audit times)."""
        console_app(self.app).state.console = replace(self.services, clock=clock)


def console_app(app: FastAPI) -> FastAPI:
    """The console sub-application mounted at ``/console`` by ``create_app``."""
    for route in app.routes:
        if getattr(route, "path", "") == "/console":
            found: FastAPI = route.app  # type: ignore[attr-defined]
            return found
    raise AssertionError("no console mounted at /console")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def console(tmp_path: Path, database: Database) -> Iterator[Console]:
    settings = console_settings(tmp_path / "var", str(database.url.render_as_string(hide_password=False)))
    bootstrap(database)
    yield Console(settings, database, create_app(settings, database=database))


@pytest.fixture
def sqlite_console(tmp_path: Path) -> Iterator[Console]:
    settings = console_settings(tmp_path / "var")
    database = database_of(settings, migrate=True)
    bootstrap(database)
    try:
        yield Console(settings, database, create_app(settings, database=database))
    finally:
        database.dispose()


@pytest.fixture
def make_user(request: pytest.FixtureRequest) -> Callable[..., Account]:
    """``make_user(role, password=None)``: an account in the console of this test."""
    name = "console" if "console" in request.fixturenames else "sqlite_console"
    target: Console = request.getfixturevalue(name)

    def make(role: Role | str, *, password: str | None = None) -> Account:
        return create_account(target.database, role, password=password)

    return make
