"""Coverage by service (the share the gateway lets through) and the evidence exported as CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from egide.audit import AuditLog
from egide.errors import AccessDenied
from egide.governance import (
    NO_SERVICE,
    Role,
    accept_charter,
    add_module,
    add_user,
    authenticate,
    charter_acceptances_csv,
    coverage_csv,
    create_key,
    deactivate_user,
    ensure_may_use,
    person_states,
    publish_charter,
    record_training,
    services,
    training_coverage,
    training_records_csv,
)
from egide.store import Database
from egide.store.models.governance import CharterAcceptance
from tests.conftest import TEST_SECRET

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today_when_the_test_starts() -> None:
    """« Today » read as each test starts, not when the module is imported: a run that crosses midnight
    otherwise compares yesterday's date with the code's today (seen at 00:05 UTC, 7 Dec 2026)."""
    global TODAY
    TODAY = date.today()


# name, service, role, (training: None, "title", "module", "expired"), accepts the charter
PEOPLE = [
    ("Anne Cardio", "Cardiologie", Role.PROFESSIONAL, "module", True),
    ("Bruno Cardio", "Cardiologie", Role.PROFESSIONAL, "module", False),
    ("Carla Cardio", "Cardiologie", Role.PROFESSIONAL, "title", True),  # module mandatory: title not enough
    ("Denis Urg", "Urgences", Role.REFERENT, "title", True),  # nothing mandatory for referents
    ("Eva Urg", "Urgences", Role.PROFESSIONAL, "expired", True),
    ("Fanny Sans", None, Role.PROFESSIONAL, None, True),
    ("Gilles Sans", None, Role.DPO, "title", False),
]


def _populate(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with db.session(write=True) as session:
        publish_charter(session, version="1", title="Charte", body="Texte.")
        module = add_module(session, title="Socle", validity_months=12, mandatory_for=[Role.PROFESSIONAL])
        for name, service, role, training, accepts in PEOPLE:
            email = name.lower().replace(" ", ".") + "@chu-exemple.fr"
            user_id = add_user(session, name=name, email=email, role=role, service=service).id
            ids[name] = user_id
            if training == "title":
                record_training(session, user_id, completed_on=TODAY - timedelta(days=5))
            elif training == "module":
                record_training(session, user_id, completed_on=TODAY - timedelta(days=5), module_id=module.id)
            elif training == "expired":
                record_training(
                    session, user_id, completed_on=TODAY - timedelta(days=400), module_id=module.id
                )
            if accepts:
                accept_charter(session, user_id)
        add_user(
            session, name="Open WebUI", email="owui@chu-exemple.fr", role=Role.APPLICATION, service="DSI"
        )
    return ids


def test_coverage_by_service_and_overall(database: Database) -> None:
    _populate(database)
    with database.session() as session:
        coverage = training_coverage(session)
        assert services(session) == ["Cardiologie", "DSI", "Urgences"]
    assert coverage.on == TODAY and coverage.charter_version == "1"
    table = {s.service: (s.people, s.trained, s.charter_accepted, s.covered) for s in coverage.services}
    assert table == {"Cardiologie": (3, 2, 2, 1), "Urgences": (2, 1, 2, 1), None: (2, 1, 1, 0)}
    assert [s.service for s in coverage.services] == [
        "Cardiologie",
        "Urgences",
        None,
    ]  # applications are not people
    overall = coverage.overall
    assert (overall.people, overall.trained, overall.charter_accepted, overall.covered) == (7, 4, 5, 2)
    assert overall.covered_share == 2 / 7 and coverage.service("Urgences").trained_share == 0.5  # type: ignore[union-attr]


def test_coverage_is_the_share_the_gateway_lets_through(database: Database) -> None:
    ids = _populate(database)
    with database.session(write=True) as session:
        keys = {name: create_key(session, user_id).secret for name, user_id in ids.items()}
    let_through = set()
    for name, key in keys.items():
        with database.session() as session:
            try:
                ensure_may_use(session, authenticate(session, key))
            except AccessDenied:
                continue
            let_through.add(name)
    with database.session() as session:
        states = person_states(session)
    assert {p.name for p in states if p.covered} == let_through == {"Anne Cardio", "Denis Urg"}


def test_coverage_on_a_past_day_reads_records_and_the_charter_as_they_stood(database: Database) -> None:
    ids = _populate(database)
    with database.session(write=True) as session:
        publish_charter(session, version="2", title="Charte 2", body="Texte 2.")
        accept_charter(session, ids["Anne Cardio"])
    with database.session() as session:
        now = training_coverage(session)
        yesterday = training_coverage(session, TODAY - timedelta(days=1))
        long_ago = training_coverage(session, TODAY - timedelta(days=200))
    assert (now.charter_version, now.overall.charter_accepted, now.overall.covered) == ("2", 1, 1)
    # Yesterday: the charter in force was version 1 (published today, so none yet) — read as of that day.
    assert yesterday.charter_version is None and yesterday.overall.people == 0  # nobody had an account yet
    assert long_ago.overall.people == 0


def test_past_acceptances_count_for_the_charter_then_in_force(database: Database) -> None:
    with database.session(write=True) as session:
        user_id = add_user(session, name="Ana", email="ana@x.fr", role=Role.REFERENT, service="Pharmacie").id
        publish_charter(session, version="1", title="Charte", body="Texte.")
        accept_charter(session, user_id)
        record_training(session, user_id, completed_on=TODAY - timedelta(days=3))
    # Move the account, the charter and the acceptance back in time, as if done ten days ago.
    from sqlalchemy import update

    from egide.store.models.governance import Charter, User
    from egide.store.types import utcnow

    then = utcnow() - timedelta(days=10)
    with database.session(write=True) as session:
        session.execute(update(User).values(created_at=then))
        session.execute(update(Charter).values(published_at=then))
        session.execute(update(CharterAcceptance).values(accepted_at=then))
        publish_charter(session, version="2", title="Charte 2", body="Texte.")
    with database.session() as session:
        before = training_coverage(session, TODAY - timedelta(days=5))
        now = training_coverage(session)
    # Five days ago: charter 1 in force and accepted, training not yet done.
    assert (before.charter_version, before.overall.charter_accepted, before.overall.trained) == ("1", 1, 0)
    # Today: trained, but charter 2 is not accepted.
    assert (now.charter_version, now.overall.charter_accepted, now.overall.trained) == ("2", 0, 1)


def test_filters_and_deactivated_people(database: Database) -> None:
    ids = _populate(database)
    with database.session(write=True) as session:
        deactivate_user(session, ids["Eva Urg"])
    with database.session() as session:
        assert [p.name for p in person_states(session, service="Urgences")] == ["Denis Urg"]
        assert [p.name for p in person_states(session, service="Urgences", include_inactive=True)] == [
            "Denis Urg",
            "Eva Urg",
        ]
        assert [p.name for p in person_states(session, service=NO_SERVICE)] == ["Fanny Sans", "Gilles Sans"]
        assert training_coverage(session).service("Urgences").people == 1  # type: ignore[union-attr]


def _rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_evidence_exports(database: Database) -> None:
    ids = _populate(database)
    with database.session(write=True) as session:
        # A name a spreadsheet would run as a formula stays text.
        evil = add_user(session, name="=HYPERLINK(1)", email="evil@x.fr", role=Role.PROFESSIONAL).id
        record_training(session, evil, completed_on=TODAY)
        trainings = _rows(training_records_csv(session, actor_user_id=ids["Gilles Sans"]))
        charters = _rows(charter_acceptances_csv(session))
        coverage, coverage_text = coverage_csv(session)
    assert trainings[0][:3] == ["n° enregistrement", "n° personne", "nom"]
    assert len(trainings) == 1 + 7  # six people with records (Anne, Bruno, Carla, Denis, Eva, Gilles) + evil
    by_name = {row[2]: row for row in trainings[1:]}
    assert by_name["Anne Cardio"][5:8] == ["Cardiologie", "1", "Socle"]
    assert by_name["Eva Urg"][8] == (TODAY - timedelta(days=400)).isoformat()
    assert by_name["Eva Urg"][9] < TODAY.isoformat()  # expired, and exported as such
    assert "'=HYPERLINK(1)" in by_name
    assert len(charters) == 1 + 5 and {row[5] for row in charters[1:]} == {"1"}
    table = _rows(coverage_text)
    assert table[-1][:5] == ["Total", "8", "4", "5", "2"] and table[-1][7] == "25,0"
    assert [row[0] for row in table[1:]] == ["Cardiologie", "Urgences", "Sans service", "Total"]
    assert coverage.overall.people == 8
    exported = [e for e in AuditLog(database, TEST_SECRET).events() if e.kind == "people.evidence_exported"]
    assert [(e.data["export"], e.data["rows"], e.actor_user_id) for e in exported] == [
        ("training_records", 7, ids["Gilles Sans"]),
        ("charter_acceptances", 5, None),
        ("coverage", 3, None),
    ]


def test_charter_versions_and_a_persons_acceptances(database: Database) -> None:
    from egide.governance import charter_acceptances, charter_versions

    ids = _populate(database)
    with database.session(write=True) as session:
        publish_charter(session, version="2", title="Charte 2", body="Texte 2.")
        accept_charter(session, ids["Anne Cardio"])
    with database.session() as session:
        versions = [(v.version, v.acceptances) for v in charter_versions(session)]
        anne = [a.version for a in charter_acceptances(session, ids["Anne Cardio"])]
        bruno = charter_acceptances(session, ids["Bruno Cardio"])
    assert versions == [("2", 1), ("1", 5)]
    assert anne == ["2", "1"] and bruno == []
