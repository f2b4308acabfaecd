"""Browser fixtures: a real égide on loopback (uvicorn, temporary SQLite) and Debian's Chromium.

- ``console_server``: égide (``/v1`` and ``/console``) served by uvicorn on 127.0.0.1, a free port,
  a temporary SQLite database, bootstrapped (« aperçu » tool, charter, administrator and API key);
- ``browser_page``: a Playwright page (sync API) in a fresh context of Debian's ``/usr/bin/chromium``
  (Playwright's own browser download is never used);
- ``make_user(role)``: an account with a known password in that server's database;
- ``login(page, role)``: makes such an account and signs in through the login form; returns it.

Every test here is marked ``browser``. Screenshots: ``screenshot(page, name)`` writes
``/tmp/egide-console-shots/<name>.png`` for a person to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import Role, bootstrap
from egide.settings import Settings
from egide.store import Database
from tests.console.conftest import Account, console_settings, create_account
from tests.gateway.servers import serve_in_thread

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path("/tmp/egide-console-shots")
WIDTHS = {"large": 1280, "phone": 390}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@dataclass
class ConsoleServer:
    """A running égide: ``url`` is its root (``url + "/console/"``, ``url + "/v1"``)."""

    url: str
    settings: Settings
    database: Database
    admin_key: str

    @property
    def console(self) -> str:
        return self.url + "/console"


@pytest.fixture
def console_server(tmp_path: Path) -> Iterator[ConsoleServer]:
    settings = console_settings(tmp_path / "var")
    database = database_of(settings, migrate=True)
    admin_key = bootstrap(database)
    assert admin_key is not None
    try:
        with serve_in_thread(create_app(settings, database=database)) as url:
            yield ConsoleServer(url, settings, database, admin_key)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    # Module scope, not session: Playwright's sync API keeps an event loop running in the main thread
    # while it is open, and later tests that call asyncio.run() would find it there.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser_page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(viewport={"width": WIDTHS["large"], "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def make_user(console_server: ConsoleServer) -> Callable[..., Account]:
    def make(role: Role | str, *, password: str | None = None) -> Account:
        return create_account(console_server.database, role, password=password)

    return make


@pytest.fixture
def login(
    console_server: ConsoleServer, make_user: Callable[..., Account]
) -> Callable[[Page, Role], Account]:
    def sign_in(page: Page, role: Role) -> Account:
        account = make_user(role)
        page.goto(console_server.console + "/login")
        page.fill("#email", account.email)
        page.fill("#password", account.password)
        page.click("button[type=submit] >> text=Se connecter")
        page.wait_for_url(console_server.console + "/")
        return account

    return sign_in


def screenshot(page: Page, name: str, *, widths: tuple[str, ...] = ("large", "phone")) -> list[Path]:
    """Save the page at each width (full page) under :data:`SHOTS`; restores the viewport after."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    before = page.viewport_size
    saved = []
    for width in widths:
        page.set_viewport_size({"width": WIDTHS[width], "height": 900})
        path = SHOTS / f"{name}-{WIDTHS[width]}.png"
        page.screenshot(path=str(path), full_page=True)
        saved.append(path)
    if before is not None:
        page.set_viewport_size(before)
    return saved
