"""The compliance pages: evidence and statuses (DPO), versions and their differences, exports, public notice."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from html import unescape

from sqlalchemy import select

from egide.compliance import adopt, in_use, latest_shipped
from egide.governance import Role
from egide.store.models.audit import AuditRecord
from tests.compliance.pdf import pdf_text
from tests.compliance.support import fixture_referential
from tests.console.conftest import Account, Console

PAGE = "/console/compliance"


def _events(console: Console, kind: str) -> list[dict[str, object]]:
    with console.database.session() as session:
        records = session.scalars(
            select(AuditRecord).where(AuditRecord.kind == kind).order_by(AuditRecord.seq)
        )
        return [json.loads(record.canonical) for record in records]


def test_the_dpo_reads_the_evidence_and_sets_a_status(
    console: Console, make_user: Callable[..., Account]
) -> None:
    dpo = make_user(Role.DPO)
    client = console.signed_in(dpo)
    page = client.get(PAGE)
    assert page.status_code == 200
    for requirement in latest_shipped().referential.requirements:
        assert f'id="{requirement.id}"' in page.text
    assert "Personnes formées et à jour de la charte" in page.text
    assert "Non vérifié sur cette page" in page.text
    verified = client.get(PAGE + "?verifier=1")
    assert "journal d'audit intègre" in unescape(verified.text)

    form = PAGE + "/requirements/RGPD-35"
    token = client.csrf(form)
    done = client.post(
        form + "/status", {"status": "partial", "comment": "AIPD ouverte en novembre."}, token=token
    )
    assert done.status_code == 303 and done.headers["location"].endswith("/compliance?fait=statut#RGPD-35")
    shown = client.get(form)
    assert "partiellement conforme" in shown.text and "AIPD ouverte en novembre." in shown.text
    assert "Statut enregistré" in client.get(PAGE + "?fait=statut").text
    [event] = _events(console, "compliance.status_set")
    assert (event["requirement_id"], event["status"], event["actor_user_id"]) == (
        "RGPD-35",
        "partial",
        dpo.user_id,
    )


def test_bad_input_is_said_and_what_was_typed_is_kept(
    console: Console, make_user: Callable[..., Account]
) -> None:
    client = console.signed_in(make_user(Role.DPO))
    form = PAGE + "/requirements/RGPD-35"
    refused = client.post(
        form + "/status", {"status": "peut-être", "comment": "Mon texte à garder."}, token=client.csrf(form)
    )
    assert refused.status_code == 400
    assert "statut inconnu" in refused.text
    assert "Mon texte à garder." in refused.text
    assert _events(console, "compliance.status_set") == []


def test_other_readers_see_no_form(console: Console, make_user: Callable[..., Account]) -> None:
    for role in (Role.ADMIN, Role.RSSI):
        client = console.signed_in(make_user(role))
        page = client.get(PAGE + "/requirements/RGPD-35")
        assert page.status_code == 200
        assert "Fixer le statut" not in page.text and "/status" not in page.text


def test_versions_their_difference_and_adoption(console: Console, make_user: Callable[..., Account]) -> None:
    dpo = make_user(Role.DPO)
    with console.database.session(write=True) as session:
        adopt(session, fixture_referential("2026-07"), actor_user_id=dpo.user_id)
    client = console.signed_in(dpo)
    newest = latest_shipped().referential.version
    assert "Une nouvelle version du référentiel est disponible" in client.get(PAGE).text
    page = client.get(PAGE + "/versions")
    assert page.status_code == 200
    assert f"De 2026-07 à {newest}" in page.text
    assert "Exigences ajoutées" in page.text and "HAS-C1" in page.text
    assert 'id="adopter"' in page.text
    fixtures = client.get(PAGE + "/versions?ancienne=2026-07&nouvelle=2026-07")
    assert "Aucune différence." in fixtures.text
    unknown = client.get(PAGE + "/versions?ancienne=1999-01")
    assert unknown.status_code == 400 and "inconnue" in unknown.text
    adopted = client.post(PAGE + f"/versions/{newest}/adopt", token=client.csrf(PAGE + "/versions"))
    assert adopted.status_code == 303
    with console.database.session() as session:
        assert in_use(session).version == newest
    assert [e["version"] for e in _events(console, "compliance.referential_adopted")] == ["2026-07", newest]


def test_the_report_and_the_register_are_exported_and_recorded(
    console: Console, make_user: Callable[..., Account]
) -> None:
    rssi = make_user(Role.RSSI)
    client = console.signed_in(rssi)
    report = client.get(PAGE + "/report.pdf")
    assert report.status_code == 200 and report.headers["content-type"] == "application/pdf"
    assert "attachment" in report.headers["content-disposition"]
    text = pdf_text(report.content)
    assert "Rapport de conformité" in text and "journal d'audit intègre" in text and "RGPD-35" in text
    register = client.get(PAGE + "/register")
    assert "Responsable du traitement" in register.text
    pdf = client.get(PAGE + "/register.pdf")
    assert "Registre des traitements" in pdf_text(pdf.content)
    rows = list(
        csv.reader(io.StringIO(client.get(PAGE + "/register.csv").content.decode("utf-8-sig")), delimiter=";")
    )
    assert rows[0] == ["rubrique", "contenu"]
    exports = [
        (e["document"], e["format"], e["actor_user_id"]) for e in _events(console, "compliance.exported")
    ]
    assert exports == [
        ("report", "pdf", rssi.user_id),
        ("register", "pdf", rssi.user_id),
        ("register", "csv", rssi.user_id),
    ]


def test_the_patient_notice_is_public_and_names_no_one(
    console: Console, make_user: Callable[..., Account]
) -> None:
    people = [make_user(role) for role in (Role.DPO, Role.PROFESSIONAL, Role.ADMIN)]
    anonymous = console.client()
    page = anonymous.get("/console/notice")
    assert page.status_code == 200
    assert "L'intelligence artificielle et vos données" in unescape(page.text)
    assert "Vos droits" in page.text
    pdf = anonymous.get("/console/notice.pdf")
    assert pdf.status_code == 200
    text = pdf_text(pdf.content)
    assert "Vos droits" in text
    for shown in (page.text, text):
        for person in people:
            assert person.name not in shown and person.email not in shown
        assert "admin@egide.local" not in shown
    # the notice is not a door into the rest: the compliance page still wants a session
    assert anonymous.get(PAGE).status_code == 303
