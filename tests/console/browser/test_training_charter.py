"""In the browser: a refused professional is trained by the DPO and accepts the charter; then the gateway
lets their request through (a real uvicorn, a real Chromium, real HTTP requests with the person's key)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from playwright.sync_api import Page

from egide.governance import Role, add_module, create_key
from tests.console.browser.conftest import ConsoleServer, screenshot
from tests.console.conftest import Account


def _chat(server: ConsoleServer, key: str) -> httpx.Response:
    body = {"model": "apercu", "messages": [{"role": "user", "content": "Bonjour"}]}
    with httpx.Client(trust_env=False, timeout=20) as client:  # loopback only
        return client.post(
            server.url + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}
        )


def _sign_in(page: Page, server: ConsoleServer, account: Account) -> None:
    page.context.clear_cookies()
    page.goto(server.console + "/login")
    page.fill("#email", account.email)
    page.fill("#password", account.password)
    page.click("button[type=submit] >> text=Se connecter")
    page.wait_for_url(server.console + "/")


def test_training_recorded_and_charter_accepted_open_the_gateway(
    console_server: ConsoleServer,
    browser_page: Page,
    make_user: Callable[..., Account],
) -> None:
    page = browser_page
    professional = make_user(Role.PROFESSIONAL)
    dpo = make_user(Role.DPO)
    with console_server.database.session(write=True) as session:
        key = create_key(session, professional.user_id).secret
        add_module(
            session, title="Socle IA générative", validity_months=24, mandatory_for=[Role.PROFESSIONAL]
        )

    refused = _chat(console_server, key)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "training_required"
    assert "/console/me/training" in refused.json()["error"]["message"]

    # The professional follows the message: their page says what is missing.
    _sign_in(page, console_server, professional)
    page.goto(console_server.console + "/me/training")
    assert "égide refuse pour l'instant vos demandes" in page.inner_text("main")
    assert page.locator("td[data-label='État'] .badge").first.inner_text() == "à suivre"
    screenshot(page, "me-training-refused")

    # The DPO records the training on the person's page.
    _sign_in(page, console_server, dpo)
    page.click("nav >> text=Personnes")
    page.wait_for_url(console_server.console + "/people")
    screenshot(page, "people-list")
    page.click(f"table >> text={professional.name}")
    page.wait_for_url(f"**/people/{professional.user_id}")
    screenshot(page, "person-before")
    page.select_option("#module_id", label="Socle IA générative (24 mois)")
    page.click("#enregistrer-formation")
    page.wait_for_url(f"**/people/{professional.user_id}?fait=formation")
    assert "Formation enregistrée." in page.inner_text("main")
    assert page.locator("td[data-label='État'] .badge").first.inner_text() == "valide"
    screenshot(page, "person-trained")

    refused = _chat(console_server, key)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "charter_not_accepted"
    assert "/console/me/charter" in refused.json()["error"]["message"]

    # The professional reads and accepts the charter.
    _sign_in(page, console_server, professional)
    page.goto(console_server.console + "/me/charter")
    screenshot(page, "me-charter")
    page.check("input[name=read]")
    page.click("#accepter-charte")
    page.wait_for_url("**/me/charter?fait=acceptee")
    assert "votre acceptation de la charte est enregistrée" in page.inner_text("main")
    page.goto(console_server.console + "/me/training")
    assert "Vous pouvez utiliser les outils d'IA" in page.inner_text("main")
    screenshot(page, "me-training-ok")

    passed = _chat(console_server, key)
    assert passed.status_code == 200, passed.text


def test_coverage_modules_and_import_pages(
    console_server: ConsoleServer, browser_page: Page, login: Callable[[Page, Role], Account], tmp_path
) -> None:
    page = browser_page
    login(page, Role.ADMIN)
    page.goto(console_server.console + "/people/import")
    roster = tmp_path / "personnel.csv"
    roster.write_text(
        "nom;email;role;service\n"
        "Camille Durand;camille.durand@essai.egide.test;professionnel;Cardiologie\n"
        "Hugo Lefèvre;hugo.lefevre@essai.egide.test;référent;Urgences\n"
        "Sans Adresse;;professionnel;Urgences\n",
        encoding="cp1252",
    )
    page.set_input_files("#file", str(roster))
    page.click("button >> text=Importer")
    page.wait_for_selector("#rapport")
    report = page.inner_text("section.report")
    assert "2 créées" in report and "1 refusée" in report and "adresse électronique manquante" in report
    screenshot(page, "people-import-report")
    page.goto(console_server.console + "/people/modules")
    page.fill("#title", "Socle IA générative")
    page.fill("#validity_months", "24")
    page.check("fieldset.roles >> nth=-1 >> input[value=professional]")
    page.click("button >> text=Ajouter")
    page.wait_for_url("**/people/modules?fait=ajout")
    screenshot(page, "people-modules")
    page.goto(console_server.console + "/people/coverage")
    assert "Cardiologie" in page.inner_text("table") and "Urgences" in page.inner_text("table")
    screenshot(page, "people-coverage")
    with page.expect_download() as download:
        page.goto(console_server.console + "/people")
        page.click("text=Couverture par service >> nth=-1")
    assert download.value.suggested_filename.startswith("egide-couverture-")
