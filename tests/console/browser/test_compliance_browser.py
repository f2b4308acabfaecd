"""In Chromium: the DPO sets a status and exports the report; anyone exports the patient notice.

The PDFs are downloaded by the browser and read back with pypdf. Screenshots of every compliance page
at 1280 px and 390 px go to /tmp/egide-console-shots/ for a person to look at.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, Page

from egide.governance import Role
from tests.compliance.pdf import pdf_text
from tests.console.browser.conftest import WIDTHS, ConsoleServer, screenshot
from tests.console.conftest import Account


def test_the_dpo_sets_a_status_and_exports_the_report(
    console_server: ConsoleServer,
    browser_page: Page,
    login: Callable[[Page, Role], Account],
    tmp_path: Path,
) -> None:
    page = browser_page
    login(page, Role.DPO)
    page.click("nav >> text=Conformité")
    page.wait_for_url(console_server.console + "/compliance")
    screenshot(page, "compliance")
    page.click("#RGPD-35 >> text=Fixer le statut")
    page.select_option("#status", "partial")
    page.fill("#comment", "AIPD ouverte le 3 novembre, validation prévue en janvier.")
    page.click("#enregistrer")
    page.wait_for_url("**/compliance?fait=statut#RGPD-35")
    assert "partiellement conforme" in page.inner_text("#RGPD-35")
    page.goto(console_server.console + "/compliance/requirements/RGPD-35")
    screenshot(page, "compliance-requirement")
    page.goto(console_server.console + "/compliance")
    page.click("#verifier")
    assert "journal d'audit intègre" in page.inner_text("main")
    with page.expect_download() as download:
        page.click("#rapport-pdf")
    saved = tmp_path / "rapport.pdf"
    download.value.save_as(saved)
    text = pdf_text(saved.read_bytes())
    assert "Rapport de conformité de l'IA générative" in text
    assert "AIPD ouverte le 3 novembre, validation prévue en janvier." in text
    assert "journal d'audit intègre" in text
    page.goto(console_server.console + "/compliance/versions")
    screenshot(page, "compliance-versions")
    page.goto(console_server.console + "/compliance/register")
    screenshot(page, "compliance-register")
    with page.expect_download() as download:
        page.click("#registre-pdf")
    register = tmp_path / "registre.pdf"
    download.value.save_as(register)
    assert "Responsable du traitement" in pdf_text(register.read_bytes())


def test_anyone_reads_and_exports_the_patient_notice(
    console_server: ConsoleServer, chromium: Browser, tmp_path: Path
) -> None:
    context = chromium.new_context(viewport={"width": WIDTHS["phone"], "height": 900}, locale="fr-FR")
    try:
        page = context.new_page()
        page.goto(console_server.console + "/notice")
        assert "Vos droits" in page.inner_text("main")
        screenshot(page, "notice")
        with page.expect_download() as download:
            page.click("#notice-pdf")
        saved = tmp_path / "notice.pdf"
        download.value.save_as(saved)
        text = pdf_text(saved.read_bytes())
        assert "L'intelligence artificielle et vos données" in text
        assert "Vos droits" in text
    finally:
        context.close()
