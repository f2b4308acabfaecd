"""In the browser: single sign-on through a real OpenID provider (Node ``oidc-provider``) into a real
égide, then the account page (password change refused for a provider account, logout everywhere);
and a local account's password change and lock-out as a person sees them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import Role, add_user, bootstrap
from tests.console.browser.conftest import ConsoleServer, screenshot
from tests.console.conftest import Account, console_settings
from tests.console.oidc_provider import oidc_provider
from tests.gateway.servers import free_port, serve_in_thread


@pytest.fixture
def sso_server(tmp_path: Path) -> Iterator[ConsoleServer]:
    port = free_port()
    accounts = {
        "amorel": {
            "email": "anne.morel@essai.egide.test",
            "email_verified": True,
            "name": "Anne Morel",
            "roles": ["DPO"],
        }
    }
    with oidc_provider(
        f"http://127.0.0.1:{port}/console/oidc/callback", accounts, role_claim="roles"
    ) as provider:
        oidc = provider.settings(role_claim="roles", role_mapping={"DPO": "dpo"}, users="create")
        settings = console_settings(tmp_path / "var", oidc=oidc)
        database = database_of(settings, migrate=True)
        admin_key = bootstrap(database)
        assert admin_key is not None
        try:
            with serve_in_thread(create_app(settings, database=database), port=port) as url:
                yield ConsoleServer(url, settings, database, admin_key)
        finally:
            database.dispose()


def test_single_sign_on_in_the_browser(sso_server: ConsoleServer, browser_page: Page) -> None:
    page = browser_page
    page.goto(sso_server.console + "/account")  # asked for a page: sent to the login, then back to it
    page.wait_for_url("**/console/login?suite=*")
    screenshot(page, "login-with-sso")
    page.click("text=Connexion avec le compte de l'établissement")
    page.wait_for_selector("input[name=login]")  # the provider's own page, on its own port
    assert page.url.startswith("http://127.0.0.1:") and "/interaction/" in page.url
    page.fill("input[name=login]", "amorel")
    page.fill("input[name=password]", "peu-importe")
    page.click("button[type=submit]")
    page.wait_for_url(sso_server.console + "/account")
    assert "Anne Morel" in page.inner_text("main")
    assert "Délégué à la protection des données" in page.inner_text("main")
    assert page.locator("form[action$='/account/password']").count() == 0  # no local password to change
    screenshot(page, "account-sso")
    page.click("text=Fermer toutes mes sessions")
    page.wait_for_url("**/console/login?sortie=partout")
    assert "Toutes vos sessions ont été fermées" in page.inner_text("main")
    page.goto(sso_server.console + "/")
    page.wait_for_url("**/console/login?suite=*")


def test_password_change_and_lockout_in_the_browser(
    console_server: ConsoleServer, browser_page: Page, login: Callable[[Page, Role], Account]
) -> None:
    page = browser_page
    person = login(page, Role.RSSI)
    screenshot(page, "home-rssi")
    page.click("nav >> text=Mon compte")
    page.fill("#current", person.password)
    page.fill("#new", "une nouvelle phrase de passe")
    page.fill("#confirm", "une autre phrase de passe")
    page.click("text=Changer le mot de passe")
    assert "diffèrent" in page.inner_text(".notice.error")
    screenshot(page, "account-password-error")
    page.fill("#current", person.password)
    page.fill("#new", "une nouvelle phrase de passe")
    page.fill("#confirm", "une nouvelle phrase de passe")
    page.click("text=Changer le mot de passe")
    page.wait_for_url("**/account?fait=mot-de-passe")
    screenshot(page, "account-password-changed")
    page.click("text=Se déconnecter")
    page.wait_for_url("**/console/login?sortie=1")
    for _ in range(5):
        page.fill("#email", person.email)
        page.fill("#password", person.password)  # the old one
        page.click("button[type=submit] >> text=Se connecter")
    assert "Trop de tentatives" in page.inner_text(".notice.error")
    screenshot(page, "login-locked")
    page.fill("#email", person.email)
    page.fill("#password", "une nouvelle phrase de passe")
    page.click("button[type=submit] >> text=Se connecter")
    assert "Trop de tentatives" in page.inner_text(".notice.error")  # locked, even with the right one


def test_other_people_see_their_own_home(
    console_server: ConsoleServer, browser_page: Page, login: Callable[[Page, Role], Account]
) -> None:
    login(browser_page, Role.PROFESSIONAL)
    cards = browser_page.inner_text(".cards")
    assert "Mon compte" in cards and "Outils" not in cards
    screenshot(browser_page, "home-professional")
    response = browser_page.goto(console_server.console + "/nulle-part")
    assert response is not None and response.status == 404
    assert "Se déconnecter" in browser_page.inner_text("header")  # still signed in on an error page
    screenshot(browser_page, "not-found")


def test_a_deactivated_account_page(console_server: ConsoleServer, browser_page: Page) -> None:
    with console_server.database.session(write=True) as session:
        add_user(session, name="Sans Mot De Passe", email="sans.mdp@essai.egide.test", role=Role.DPO)
    browser_page.goto(console_server.console + "/login")
    browser_page.fill("#email", "sans.mdp@essai.egide.test")
    browser_page.fill("#password", "n'importe quoi ici")
    browser_page.click("button[type=submit] >> text=Se connecter")
    assert "Adresse ou mot de passe incorrect" in browser_page.inner_text(".notice.error")
    screenshot(browser_page, "login-refused")
