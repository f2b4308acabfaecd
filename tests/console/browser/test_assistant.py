"""The assistant end to end in Debian's Chromium: a synthetic letter checked, sent, restored, verified.

égide serves the console and ``/v1`` on loopback; the tools are « aperçu » (built in) and the
recording model server of the gateway's tests (``echo``: it answers with the text it received,
so the answer restored by égide shows the original names, while the server received pseudonyms).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from egide.governance import Role, accept_charter, record_training
from egide.store.models.audit import AuditRecord
from tests.console.browser.conftest import CHROMIUM_ARGS, WIDTHS, ConsoleServer, screenshot
from tests.console.conftest import Account
from tests.gateway.conftest import ModelServer
from tests.gateway.servers import serve_in_thread
from tests.gateway.upstream import Recorder, create_upstream
from tests.governance.reviewed import add_approved

del CHROMIUM_ARGS  # the browser comes from the fixtures

LETTER = (
    "Cher confrère,\n\nJe vous adresse Mme Jeanne DUPONT, née le 03/02/1961, tél. 06 12 34 56 78, "
    "demeurant 12 rue des Lilas 76000 Rouen, pour une pneumopathie traitée par amoxicilline 1 g "
    "trois fois par jour depuis le 28/11/2026.\n\nBien confraternellement,\nDr Paul MARTIN"
)


@pytest.fixture(scope="module")
def model_server() -> Iterator[ModelServer]:
    recorder = Recorder()
    with serve_in_thread(create_upstream(recorder)) as url:
        yield ModelServer(url + "/v1", recorder)


def _tools(server: ConsoleServer, model_url: str) -> None:
    with server.database.session(write=True) as session:
        add_approved(
            session,
            model_url,
            [("Sous contrat", "contracted", "contrat"), ("Grand public", "public", "public")],
        )


def _trained(server: ConsoleServer, account: Account) -> None:
    with server.database.session(write=True) as session:
        record_training(session, account.user_id, completed_on=date.today() - timedelta(days=2))
        accept_charter(session, account.user_id)


def _check(page: Page, alias: str, text: str) -> None:
    page.check(f"input[name=tool][value={alias}]")
    page.fill("#message", text)


def _events(server: ConsoleServer, kind: str) -> list[dict[str, object]]:
    with server.database.session() as session:
        rows = session.scalars(select(AuditRecord.canonical).where(AuditRecord.kind == kind)).all()
    return [json.loads(r) for r in rows]


def test_letter_checked_sent_restored_verified_and_refused_by_a_public_tool(
    console_server: ConsoleServer,
    browser_page: Page,
    login: Callable[[Page, Role], Account],
    model_server: ModelServer,
    chromium: Browser,
) -> None:
    _tools(console_server, model_server.url)
    page = browser_page
    account = login(page, Role.PROFESSIONAL)
    _trained(console_server, account)
    page.goto(console_server.console + "/assistant")
    expect(page.locator(".tool-choice")).to_have_count(3)  # aperçu, contrat, public
    expect(page.locator(".tool-choice", has_text="Grand public")).to_contain_text(
        "aucune donnée identifiante"
    )

    # before sending: highlights by category and the exact outgoing text
    _check(page, "contrat", LETTER)
    outgoing = page.locator("#outgoing")
    expect(outgoing).to_be_visible()
    marks = page.locator("#highlights mark")
    expect(marks.first).to_be_visible()
    found = marks.all_inner_texts()
    assert "Jeanne DUPONT" in found and "06 12 34 56 78" in found and "03/02/1961" in found
    assert page.locator("#highlights mark.cat-identite").count() >= 1
    sent_text = outgoing.inner_text()
    assert "DUPONT" not in sent_text and "06 12 34 56 78" not in sent_text and "amoxicilline" in sent_text
    screenshot(page, "assistant-check")

    # send to the model on loopback: streamed, restored, marked, highlighted for checking
    page.click("#send")
    answer = page.locator(".message.answer").last
    expect(answer.locator(".answer-actions")).to_be_visible()
    expect(answer.locator(".answer-text")).to_contain_text("Jeanne DUPONT")
    expect(answer.locator(".ai-mark")).to_contain_text("Contenu généré par IA — à vérifier")
    expect(answer.locator(".ai-mark")).to_contain_text("Sous contrat")
    # the drug dictionaries load once per server, in the background since the page was served
    expect(answer.locator("mark.kind-drug", has_text="amoxicilline")).to_be_visible(timeout=60_000)
    expect(answer.locator("mark.kind-dose", has_text="1 g")).to_be_visible()
    received = model_server.recorder.requests[-1].body
    assert "DUPONT" not in received and "06 12 34 56 78" not in received and "amoxicilline" in received
    assert json.loads(received)["stream"] is True  # streamed from the model

    # verify: an audit event the dashboard counts
    answer.locator(".verdict[data-verdict=verified]").click()
    expect(answer.locator(".verdict-done")).to_contain_text("vérifié")
    verified = _events(console_server, "assistant.verification")
    assert [(e["verdict"], e["actor_user_id"], e["model"]) for e in verified] == [
        ("verified", account.user_id, "contrat")
    ]
    assert verified[0]["counts"]["NOM"] >= 1  # type: ignore[index]

    # report an incident on it; the comment's identifiers are masked for the DPO
    answer.locator(".report").click()
    answer.locator("select[name=category]").select_option("erreur_factuelle")
    answer.locator("textarea[name=comment]").fill("Dose fausse pour Mme Jeanne DUPONT")
    answer.locator(".incident button[type=submit]").click()
    expect(answer.locator(".incident")).to_contain_text("Incident signalé")
    screenshot(page, "assistant-answer")

    # the built-in « aperçu »: what would have left, pseudonyms in place
    _check(page, "apercu", LETTER)
    expect(page.locator("#outgoing")).to_be_visible()
    page.click("#send")
    preview = page.locator(".message.answer").last
    expect(preview.locator(".answer-actions")).to_be_visible()
    expect(preview.locator(".answer-text")).to_contain_text("Aperçu")
    assert "DUPONT" not in preview.locator(".answer-text").inner_text()

    # a public tool refuses the same letter, naming the categories; nothing can be sent
    _check(page, "public", LETTER)
    refusal = page.locator("#refusal")
    expect(refusal).to_be_visible()
    expect(refusal).to_contain_text("identité (NOM)")
    expect(page.locator("#send")).to_be_disabled()
    screenshot(page, "assistant-refused")

    # kept in the browser only, until saved on the server explicitly
    stored = page.evaluate("JSON.stringify(localStorage)")
    assert "Jeanne DUPONT" in stored
    page.click("#save-server")
    expect(page.locator("#thread-status")).to_contain_text("enregistrée sur le serveur")

    # the DPO sees the incident, masked
    context = chromium.new_context(viewport={"width": WIDTHS["large"], "height": 900}, locale="fr-FR")
    dpo_page = context.new_page()
    login(dpo_page, Role.DPO)
    dpo_page.goto(console_server.console + "/assistant/incidents")
    expect(dpo_page.locator("table")).to_contain_text("Erreur factuelle")
    expect(dpo_page.locator("table")).to_contain_text("[NOM]")
    assert "DUPONT" not in dpo_page.locator("table").inner_text()
    screenshot(dpo_page, "assistant-incidents")
    context.close()


def test_an_untrained_person_is_told_why(
    console_server: ConsoleServer, browser_page: Page, login: Callable[[Page, Role], Account]
) -> None:
    page = browser_page
    login(page, Role.PROFESSIONAL)
    page.goto(console_server.console + "/assistant")
    page.fill("#message", "Quelle est la posologie de l'amoxicilline ?")
    expect(page.locator("#check-status")).to_contain_text("formation à l'IA non validée")
    expect(page.locator("#check-status")).to_contain_text("Mon compte")
    expect(page.locator("#send")).to_be_disabled()
