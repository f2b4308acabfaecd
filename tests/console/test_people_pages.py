"""The people and training pages: who sees whom, forms that call governance, exports and their audit."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

from egide.audit import AuditLog
from egide.governance import (
    Role,
    add_module,
    add_user,
    has_accepted_current_charter,
    module_statuses,
    update_person,
)
from tests.console.conftest import SECRET, Account, Console


def _module(console: Console) -> int:
    with console.database.session(write=True) as session:
        return add_module(session, title="Socle IA", validity_months=12, mandatory_for=[Role.PROFESSIONAL]).id


def _person(console: Console, name: str, service: str | None, role: Role = Role.PROFESSIONAL) -> int:
    email = name.lower().replace(" ", ".") + "@essai.egide.test"
    with console.database.session(write=True) as session:
        return add_user(session, name=name, email=email, role=role, service=service).id


def _in_service(console: Console, account: Account, service: str) -> None:
    with console.database.session(write=True) as session:
        update_person(session, account.user_id, service=service)


def test_a_referent_sees_and_trains_only_their_service(
    console: Console, make_user: Callable[..., Account]
) -> None:
    module_id = _module(console)
    mine = _person(console, "Alix Urgences", "Urgences")
    other = _person(console, "Basile Cardio", "Cardiologie")
    referent = make_user(Role.REFERENT)
    _in_service(console, referent, "Urgences")
    client = console.signed_in(referent)
    listing = client.get("/console/people?service=Cardiologie")  # asks for another service: gets theirs
    assert listing.status_code == 200
    assert "Alix Urgences" in listing.text and "Basile Cardio" not in listing.text
    assert "export/formations.csv" not in listing.text  # exports are for managers
    # Another service's person: not found (the page does not tell who exists elsewhere).
    assert client.get(f"/console/people/{other}").status_code == 404
    refused = client.post(
        f"/console/people/{other}/training",
        {"module_id": str(module_id), "completed_on": date.today().isoformat()},
    )
    assert refused.status_code == 404
    done = client.post(
        f"/console/people/{mine}/training",
        {"module_id": str(module_id), "completed_on": date.today().isoformat()},
    )
    assert done.status_code == 303 and done.headers["location"].endswith(f"/people/{mine}?fait=formation")
    with console.database.session() as session:
        assert [s.state for s in module_statuses(session, mine)] == ["valid"]
        assert [s.state for s in module_statuses(session, other)] == ["missing"]
    coverage = client.get("/console/people/coverage").text
    assert "Urgences" in coverage and "Cardiologie" not in coverage
    assert client.get("/console/people/export/formations.csv").status_code == 403
    assert client.get("/console/people/modules").status_code == 403


def test_a_referent_without_a_service_sees_no_one(
    console: Console, make_user: Callable[..., Account]
) -> None:
    _person(console, "Alix Urgences", "Urgences")
    _person(console, "Sans Service", None)
    client = console.signed_in(make_user(Role.REFERENT))
    page = client.get("/console/people").text
    assert "Alix Urgences" not in page and "Sans Service" not in page
    assert "aucun service" in page


def test_a_professional_sees_only_themselves(console: Console, make_user: Callable[..., Account]) -> None:
    _module(console)
    colleague = _person(console, "Collègue Voisine", "Urgences")
    professional = make_user(Role.PROFESSIONAL)
    client = console.signed_in(professional)
    for path in ("/console/people", f"/console/people/{colleague}", "/console/people/coverage"):
        assert client.get(path).status_code == 403
    mine = client.get("/console/me/training")
    assert mine.status_code == 200 and "Socle IA" in mine.text and "à suivre" in mine.text
    assert "Collègue Voisine" not in mine.text
    charter = client.get("/console/me/charter")
    assert charter.status_code == 200 and "J'accepte la charte" in charter.text


def test_accepting_the_charter_is_the_persons_own_event_and_a_stale_version_is_refused(
    console: Console, make_user: Callable[..., Account]
) -> None:
    from egide.governance import current_charter, publish_charter

    professional = make_user(Role.PROFESSIONAL)
    client = console.signed_in(professional)
    with console.database.session() as session:
        shown = current_charter(session)
    assert shown is not None
    with console.database.session(write=True) as session:
        publish_charter(session, version="2", title="Charte 2", body="Nouvelle version.")
    stale = client.post("/console/me/charter", {"charter_id": str(shown.id), "read": "1"})
    assert stale.status_code == 409 and "nouvelle version" in stale.text
    with console.database.session() as session:
        current = current_charter(session)
        assert current is not None and not has_accepted_current_charter(session, professional.user_id)
    accepted = client.post("/console/me/charter", {"charter_id": str(current.id), "read": "1"})
    assert accepted.status_code == 303
    with console.database.session() as session:
        assert has_accepted_current_charter(session, professional.user_id)
    event = [e for e in AuditLog(console.database, SECRET).events() if e.kind == "charter.accepted"][-1]
    assert event.actor_user_id == professional.user_id and event.data["user_id"] == professional.user_id


def test_import_upload_shows_the_report_by_line(console: Console, make_user: Callable[..., Account]) -> None:
    client = console.signed_in(make_user(Role.DPO))
    data = "nom;email;role;service\nZoé Kern;zoe.kern@essai.egide.test;;Pharmacie\n;sans.nom@essai.egide.test;;\n"
    token = client.csrf("/console/people/import")
    response = client.http.post(
        "/console/people/import",
        data={"csrf_token": token},
        files={"file": ("personnel.csv", data.encode("cp1252"), "text/csv")},
    )
    assert response.status_code == 200
    assert "1 créée" in response.text and "1 refusée" in response.text and "nom manquant" in response.text
    binary = client.http.post(
        "/console/people/import",
        data={"csrf_token": token},
        files={"file": ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")},
    )
    assert (
        binary.status_code == 400
        and "contenu binaire" in binary.text
        and "Rien n'a été importé" in binary.text
    )


def test_exports_are_csv_and_audited(console: Console, make_user: Callable[..., Account]) -> None:
    _person(console, "Alix Urgences", "Urgences")
    dpo = make_user(Role.DPO)
    client = console.signed_in(dpo)
    for name, header in (
        ("formations", "n° enregistrement"),
        ("charte", "n° personne"),
        ("couverture", "service"),
    ):
        response = client.get(f"/console/people/export/{name}.csv")
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
        assert f'filename="egide-{name}-' in response.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        assert rows[0][0] == header
    exported = [
        e for e in AuditLog(console.database, SECRET).events() if e.kind == "people.evidence_exported"
    ]
    assert [(e.data["export"], e.actor_user_id) for e in exported] == [
        ("training_records", dpo.user_id),
        ("charter_acceptances", dpo.user_id),
        ("coverage", dpo.user_id),
    ]
    assert client.get("/console/people/export/autre.csv").status_code == 400


def test_modules_and_roles_from_the_console(console: Console, make_user: Callable[..., Account]) -> None:
    dpo = make_user(Role.DPO)
    person = _person(console, "Alix Urgences", "Urgences")
    client = console.signed_in(dpo)
    added = client.post(
        "/console/people/modules",
        {"title": "Socle IA", "validity_months": "24", "description": "", "mandatory_for": "professional"},
    )
    assert added.status_code == 303
    bad = client.post("/console/people/modules", {"title": "Autre", "validity_months": "0"})
    assert bad.status_code == 400 and "Durée de validité attendue entre 1 et 120 mois." in bad.text
    # A DPO may not name an administrator: the page says so, the role stays.
    refused = client.post(f"/console/people/{person}/edit", {"role": "admin", "service": "Urgences"})
    assert refused.status_code == 400 and "Seul un administrateur nomme" in refused.text
    moved = client.post(f"/console/people/{person}/edit", {"role": "referent", "service": "Pharmacie"})
    assert moved.status_code == 303
    page = client.get(f"/console/people/{person}").text
    assert "Pharmacie" in page and "Référent" in page
