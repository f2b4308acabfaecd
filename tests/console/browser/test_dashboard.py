"""The dashboard in Chromium: real gateway requests (allowed, pseudonymised, blocked, refused) through
the same server move its numbers, its CSV says the same, and it reads at 1280 and 390 px."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect

from egide.governance import Role, ToolStatus, add_tool
from tests.console.browser.conftest import ConsoleServer, screenshot
from tests.console.conftest import Account

NOTE = "Mme Jeanne DUPONT, née le 03/02/1961, NIR 2 61 02 75 115 123 45 : synthèse du séjour."
IDENTIFIERS = ["Jeanne", "DUPONT", "2 61 02 75 115 123 45", "03/02/1961"]


def _figure(page: Page, label: str) -> str:
    return page.locator(".figures li", has_text=label).locator("strong").inner_text()


def test_the_dashboard_moves_after_real_requests(
    console_server: ConsoleServer, browser_page: Page, login: Callable[[Page, Role], Account]
) -> None:
    page = browser_page
    with console_server.database.session(write=True) as session:
        public = add_tool(
            session,
            name="Aperçu grand public",
            base_url="builtin:apercu",
            confidentiality="public",
            models={"apercu-public": "apercu"},
            # égide's own tools are registered approved; they have no review (nothing leaves them).
            status=ToolStatus.APPROVED,
        )
        assert public.status is ToolStatus.APPROVED
    login(page, Role.DPO)
    page.goto(console_server.console + "/dashboard")
    expect(page.locator("h1")).to_have_text("Tableau de bord")
    assert _figure(page, "requêtes décidées") == "0"

    def ask(model: str, text: str) -> int:
        answer = httpx.post(
            console_server.url + "/v1/chat/completions",
            json={"model": model, "messages": [{"role": "user", "content": text}]},
            headers={"authorization": f"Bearer {console_server.admin_key}"},
            timeout=30,
            trust_env=False,
        )
        return answer.status_code

    assert (
        ask("apercu", "Quelle est la posologie usuelle de l'amoxicilline chez l'adulte ?") == 200
    )  # allowed
    assert ask("apercu", NOTE) == 200  # pseudonymised (on premise)
    assert ask("apercu-public", NOTE) == 403  # blocked (public)
    assert ask("modele-inconnu", "Bonjour") == 404  # refused before the policy

    # A refusal's event is written off the request path, within about 50 ms (gateway.auditwriter).
    for _ in range(20):
        page.reload()
        if _figure(page, "refusées avant la politique") == "1":
            break
        page.wait_for_timeout(250)
    assert _figure(page, "requêtes décidées") == "3"
    assert _figure(page, "pseudonymisées") == "33,3\u00a0%"
    assert _figure(page, "bloquées par la politique") == "1"
    assert _figure(page, "refusées avant la politique") == "1"
    card = page.locator("#blocages-par-categorie")
    card.locator("summary").click()
    expect(card.locator("table")).to_contain_text("NIR (identifiant national)")
    by_tool = page.locator("#requetes-par-outil table")
    assert by_tool.locator("tr", has_text="Aperçu grand public").locator("td").all_text_contents() == [
        "0",
        "0",
        "1",
    ]
    body = page.content()
    assert all(identifier not in body for identifier in IDENTIFIERS)
    screenshot(page, "dashboard")

    with page.expect_download() as download:
        page.locator("#requetes-par-outil .chart-export a").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "outil,transmises telles quelles,pseudonymisées,bloquées"
    assert "Aperçu grand public,0,0,1" in text.splitlines()


def test_filters_by_period_and_service_and_a_wrong_date(
    console_server: ConsoleServer, browser_page: Page, login: Callable[[Page, Role], Account]
) -> None:
    page = browser_page
    login(page, Role.REFERENT)
    page.goto(console_server.console + "/dashboard?debut=2026-13-40")
    expect(page.locator(".notice.error")).to_contain_text("date attendue au format AAAA-MM-JJ")
    page.fill("#debut", "2026-01-01")
    page.select_option("#par", "semaine")
    page.click("button >> text=Afficher")
    expect(page.locator(".lead")).to_contain_text("par semaine")
    screenshot(page, "dashboard-semaines")
