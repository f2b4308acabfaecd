"""The tool's page in the console: assessment form, computed class and reasons, override, opinions,
decision and history; refused forms come back with what was typed; each role sees its own forms."""

from __future__ import annotations

from collections.abc import Callable
from html import unescape

import httpx
from sqlalchemy import select

from egide.governance import Role, add_tool, find_tool
from egide.store.models.audit import AuditRecord
from tests.console.conftest import Account, Console, ConsoleClient

ASSESSMENT = {
    "vendor": "Éditeur Santé",
    "model_name": "redac-large",
    "model_version": "2411",
    "purpose": "Aide à la rédaction des courriers de sortie",
    "hosting": "provider",
    "hosting_country": "FR",
    "hds_certificate_number": "HDS-2025-0042",
    "hds_expires_on": "2999-01-01",
    "storage_in_eea": "yes",
    "inputs_reused_for_training": "no",
    "retention_days": "0",
    "gdpr_contract": "yes",
    "gdpr_contract_expires_on": "2999-01-01",
    "transfers_outside_eea": "none",
    "ai_act_role": "deployer",
    "ai_act_risk": "limited",
    "medical_device": "no",
    "authorised_uses": "Courriers, synthèses",
    "forbidden_uses": "Diagnostic",
}


def _tool(console: Console) -> int:
    with console.database.session(write=True) as session:
        return add_tool(
            session, name="Rédaction", base_url="https://llm.example.fr/v1", confidentiality="public",
            models={"redac": "redac-large"},
        ).id  # fmt: skip


def _text(response: httpx.Response) -> str:
    return unescape(response.text)


def _assess(
    client: ConsoleClient, tool_id: int, values: dict[str, str], activities: list[str]
) -> httpx.Response:
    token = client.csrf(f"/console/tools/{tool_id}")
    body: dict[str, str | list[str]] = {**values, "hds_activities": activities, "csrf_token": token}
    return client.http.post(f"/console/tools/{tool_id}/assessment", data=body)


def test_assessment_class_opinions_and_decision_through_the_pages(
    sqlite_console: Console, make_user: Callable[..., Account]
) -> None:
    console = sqlite_console
    tool_id = _tool(console)
    admin = console.signed_in(make_user(Role.ADMIN))
    # A refused form comes back with the error and every answer typed.
    refused = _assess(admin, tool_id, {**ASSESSMENT, "hosting_country": "France"}, ["2", "3"])
    assert refused.status_code == 400
    page = _text(refused)
    assert "code pays ISO à deux lettres attendu" in page
    assert 'value="Éditeur Santé"' in page and 'value="France"' in page
    assert 'value="3" checked' in page and 'value="4" checked' not in page
    with console.database.session() as session:
        assert find_tool(session, str(tool_id)).confidentiality == "public"  # nothing saved
    saved = _assess(admin, tool_id, ASSESSMENT, ["1", "2", "3", "4", "5", "6"])
    assert saved.status_code == 303
    page = _text(admin.get(f"/console/tools/{tool_id}"))
    assert 'id="classe-calculee">hébergeur de données de santé' in page
    assert "hébergé hors de l'établissement" in page  # the reason it is not on premise
    assert "obligation de transparence envers les utilisateurs" in page
    assert "avis manquant : DPO" in page
    # The administrator decides but gives no opinion.
    assert 'id="donner-avis"' not in page
    assert (
        admin.post(
            f"/console/tools/{tool_id}/opinion", {"verdict": "favourable", "comment": "ok ok"}
        ).status_code
        == 403
    )
    early = admin.post(
        f"/console/tools/{tool_id}/decision", {"outcome": "approved", "rationale": "Motif écrit"}
    )
    assert early.status_code == 409 and "avis manquant : RSSI" in _text(early)
    assert "Motif écrit" in _text(early)  # the rationale typed is kept
    for role in (Role.DPO, Role.RSSI, Role.REFERENT):
        adviser = console.signed_in(make_user(role))
        page = _text(adviser.get(f"/console/tools/{tool_id}"))
        assert (
            'id="donner-avis"' in page
            and 'id="enregistrer-evaluation"' not in page
            and 'id="decider"' not in page
        )
        empty = adviser.post(f"/console/tools/{tool_id}/opinion", {"verdict": "reserved", "comment": ""})
        assert empty.status_code == 400 and "commentaire de l'avis obligatoire" in _text(empty)
        given = adviser.post(
            f"/console/tools/{tool_id}/opinion",
            {"verdict": "favourable", "comment": f"Conforme ({role.value})"},
        )
        assert given.status_code == 303
        assert (
            adviser.post(
                f"/console/tools/{tool_id}/decision", {"outcome": "approved", "rationale": "x x x"}
            ).status_code
            == 403
        )
    done = admin.post(
        f"/console/tools/{tool_id}/decision", {"outcome": "approved", "rationale": "Revue complète"}
    )
    assert done.status_code == 303
    page = _text(admin.get(f"/console/tools/{tool_id}?fait=decision"))
    assert "Décision enregistrée : l'outil est approuvé" in page
    # Only the decisions the lifecycle allows from « approved » are offered.
    assert 'value="suspended"' in page and 'value="retired"' in page and 'option value="approved"' not in page
    assert "Conforme (referent)" in page and "« Revue complète »" in page
    assert "Outil approuvé" in page and "Avis donné" in page  # the history
    with console.database.session() as session:
        assert find_tool(session, str(tool_id)).status == "approved"
        journal = " ".join(session.scalars(select(AuditRecord.canonical)))
    assert "Conforme" not in journal and "Revue complète" not in journal and "Éditeur Santé" not in journal


def test_the_override_needs_a_justification_and_is_shown(
    sqlite_console: Console, make_user: Callable[..., Account]
) -> None:
    tool_id = _tool(sqlite_console)
    admin = sqlite_console.signed_in(make_user(Role.ADMIN))
    _assess(admin, tool_id, {**ASSESSMENT, "gdpr_contract": "unknown"}, ["2", "3", "4", "5"])
    page = _text(admin.get(f"/console/tools/{tool_id}"))
    assert 'id="classe-calculee">grand public' in page and "pas de contrat RGPD art. 28" in page
    short = admin.post(
        f"/console/tools/{tool_id}/override", {"override_class": "contracted", "justification": "vu"}
    )
    assert short.status_code == 400 and "justification écrite obligatoire" in _text(short)
    ok = admin.post(
        f"/console/tools/{tool_id}/override",
        {"override_class": "contracted", "justification": "Contrat signé le 01/12, annexe RGPD jointe"},
    )
    assert ok.status_code == 303
    page = _text(admin.get(f"/console/tools/{tool_id}"))
    assert "Classe imposée par la DSIH : <strong>sous contrat</strong>" in page
    assert "Contrat signé le 01/12, annexe RGPD jointe" in page
    assert 'id="classe-appliquee">sous contrat' in page


def test_alerts_show_on_the_list_and_the_tool_page(
    sqlite_console: Console, make_user: Callable[..., Account]
) -> None:
    from datetime import timedelta

    from egide.governance.people import today

    tool_id = _tool(sqlite_console)
    admin = sqlite_console.signed_in(make_user(Role.ADMIN))
    soon = today() + timedelta(days=12)
    _assess(
        admin, tool_id, {**ASSESSMENT, "hds_expires_on": soon.isoformat()}, ["1", "2", "3", "4", "5", "6"]
    )
    rssi = sqlite_console.signed_in(make_user(Role.RSSI))
    listing = _text(rssi.get("/console/tools"))
    assert f"certificat HDS expire le {soon:%d/%m/%Y} (dans 12 jours)" in listing
    assert f"certificat HDS expire le {soon:%d/%m/%Y}" in _text(rssi.get(f"/console/tools/{tool_id}"))
    assert f"Rédaction</a> : certificat HDS expire le {soon:%d/%m/%Y}" in _text(rssi.get("/console/"))
    # A professional governs no tool: no alert, no tool name on their home page.
    professional = sqlite_console.signed_in(make_user(Role.PROFESSIONAL))
    home = _text(professional.get("/console/"))
    assert "À surveiller" not in home and "Rédaction" not in home
