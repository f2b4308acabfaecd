"""In the browser: the DSIH fills a tool's assessment and sees its computed class and reasons, the
DPO, the RSSI and a medical referent each give their opinion (three sign-ins), the DSIH approves,
the gateway answers; then the tool is suspended and the gateway refuses the next request."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from playwright.sync_api import Page

from egide.governance import Role, accept_charter, add_tool, add_user, create_key, record_training
from egide.governance.people import today
from tests.console.browser.conftest import ConsoleServer, screenshot
from tests.console.conftest import Account
from tests.gateway.servers import serve_in_thread
from tests.gateway.upstream import Recorder, create_upstream


@pytest.fixture
def model_url() -> Iterator[str]:
    with serve_in_thread(create_upstream(Recorder())) as url:
        yield url + "/v1"


def _chat(server: ConsoleServer, key: str) -> httpx.Response:
    body = {"model": "redac", "messages": [{"role": "user", "content": "Rédige une lettre de remerciement."}]}
    with httpx.Client(trust_env=False, timeout=20) as client:  # loopback only
        return client.post(
            server.url + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}
        )


def _professional_key(server: ConsoleServer) -> str:
    with server.database.session(write=True) as session:
        person = add_user(session, name="Dr Essai", email="dr.essai@essai.egide.test", role=Role.PROFESSIONAL)
        record_training(session, person.id, completed_on=today(), title="Formation IA")
        accept_charter(session, person.id)
        return create_key(session, person.id, label="essai").secret


def _sign_out(page: Page) -> None:
    page.click("text=Se déconnecter")
    page.wait_for_url("**/login**")


def test_assess_review_approve_then_suspend_in_the_browser(
    console_server: ConsoleServer,
    browser_page: Page,
    login: Callable[[Page, Role], Account],
    model_url: str,
) -> None:
    page = browser_page
    with console_server.database.session(write=True) as session:
        tool_id = add_tool(
            session,
            name="Rédaction HDS",
            base_url=model_url,
            confidentiality="public",
            models={"redac": "echo"},
        ).id
    key = _professional_key(console_server)
    refused = _chat(console_server, key)
    assert refused.status_code == 404 and refused.json()["error"]["code"] == "model_not_approved"
    tool_url = f"{console_server.console}/tools/{tool_id}"

    login(page, Role.ADMIN)
    page.goto(tool_url)
    screenshot(page, "tool-review-empty")
    page.fill("#f-vendor", "Éditeur Santé")
    page.fill("#f-model_name", "redac-large")
    page.fill("#f-model_version", "2411")
    page.fill("#f-purpose", "Aide à la rédaction des courriers de sortie")
    page.select_option("#f-hosting", "provider")
    page.fill("#f-hosting_country", "FR")
    page.select_option("#f-storage_in_eea", "yes")
    page.select_option("#f-transfers_outside_eea", "none")
    page.select_option("#f-inputs_reused_for_training", "no")
    page.fill("#f-retention_days", "0")
    page.fill("#f-hds_certificate_number", "HDS-2025-0042")
    for activity in ("2", "3", "4", "5"):
        page.check(f"input[name=hds_activities][value='{activity}']")
    page.fill("#f-hds_expires_on", "2999-01-01")
    page.select_option("#f-gdpr_contract", "yes")
    page.fill("#f-gdpr_contract_expires_on", "2999-01-01")
    page.select_option("#f-ai_act_role", "deployer")
    page.select_option("#f-ai_act_risk", "minimal")
    page.select_option("#f-medical_device", "no")
    page.fill("#f-authorised_uses", "Courriers, synthèses non nominatives")
    page.fill("#f-forbidden_uses", "Diagnostic, prescription")
    page.click("#enregistrer-evaluation")
    page.wait_for_url("**?fait=evaluation**")
    assert page.inner_text("#classe-calculee") == "hébergeur de données de santé"
    assert "hébergé hors de l'établissement" in page.inner_text("#raisons")
    assert page.inner_text("#classe-appliquee") == "hébergeur de données de santé"
    assert "avis manquant : DPO" in page.inner_text("#manques")
    screenshot(page, "tool-review-assessed")
    _sign_out(page)

    for role, verdict in ((Role.DPO, "favourable"), (Role.RSSI, "reserved"), (Role.REFERENT, "favourable")):
        login(page, role)
        page.goto(tool_url)
        page.check(f"input[name=verdict][value={verdict}]")
        page.fill("#comment", f"Avis {role.value} : évaluation lue, usages conformes")
        page.click("#donner-avis")
        page.wait_for_url("**?fait=avis**")
        assert f"Avis {role.value} : évaluation lue" in page.inner_text(f"#avis-{role.value}")
        if role is Role.RSSI:
            screenshot(page, "tool-review-opinion")
        _sign_out(page)

    login(page, Role.ADMIN)
    page.goto(tool_url)
    assert page.locator("#manques").count() == 0
    page.select_option("#outcome", "approved")
    page.fill("#rationale", "Revue complète ; réserve du RSSI traitée par l'avenant n° 2")
    page.click("#decider")
    page.wait_for_url("**?fait=decision**")
    assert page.locator(".badge").first.inner_text() == "approuvé"
    screenshot(page, "tool-review-approved")
    answered = _chat(console_server, key)
    assert answered.status_code == 200, answered.text
    page.click("nav >> text=Outils")
    assert "Rédaction HDS" in page.inner_text("table")
    screenshot(page, "tool-review-list")
    page.goto(tool_url)

    page.click("#suspendre")
    page.wait_for_url("**?fait=suspendu")
    assert page.locator(".badge").first.inner_text() == "suspendu"
    assert "Outil suspendu" in page.inner_text("#historique")
    screenshot(page, "tool-review-suspended")
    stopped = _chat(console_server, key)
    assert stopped.status_code == 404 and stopped.json()["error"]["code"] == "model_suspended"
