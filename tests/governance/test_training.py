"""Training modules, records per module with expiry, and the gate's rule (all mandatory modules valid)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from egide.audit import AuditLog
from egide.errors import AccessDenied, Conflict, InputError, NotFound
from egide.governance import (
    Role,
    accept_charter,
    add_module,
    add_user,
    authenticate,
    create_key,
    ensure_may_use,
    list_modules,
    module_statuses,
    person_behind,
    publish_charter,
    record_training,
    retire_module,
    trained_until,
    update_module,
)
from egide.governance.training import add_months
from egide.store import Database
from egide.store.models.governance import TrainingRecord
from tests.conftest import TEST_SECRET

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today_when_the_test_starts() -> None:
    """« Today » read as each test starts, not when the module is imported: a run that crosses midnight
    otherwise compares yesterday's date with the code's today (seen at 00:05 UTC, 7 Dec 2026)."""
    global TODAY
    TODAY = date.today()


def _person(db: Database, role: Role = Role.PROFESSIONAL, email: str = "ines.moreau@example.org") -> int:
    with db.session(write=True) as session:
        publish_charter(session, version=f"v-{email}", title="Charte", body="Texte.")
        user_id = add_user(session, name="Inès Moreau", email=email, role=role).id
        accept_charter(session, user_id)
        return user_id


def _key(db: Database, user_id: int) -> str:
    with db.session(write=True) as session:
        return create_key(session, user_id).secret


def _gate(db: Database, secret: str) -> str | None:
    """The refusal code of the gateway's check for this key, or None when it lets the person through."""
    with db.session() as session:
        try:
            ensure_may_use(session, authenticate(session, secret))
        except AccessDenied as exc:
            return exc.code
    return None


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 3, 15), 12, date(2027, 3, 15)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 1), 1, date(2027, 1, 1)),
        (date(2026, 6, 10), 120, date(2036, 6, 10)),
    ],
)
def test_validity_in_calendar_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_modules_are_created_changed_and_retired_with_their_events(database: Database) -> None:
    with database.session(write=True) as session:
        module = add_module(
            session,
            title="Sensibilisation IA générative",
            description="Une heure en ligne.",
            validity_months=24,
            mandatory_for=[Role.PROFESSIONAL, "referent", Role.PROFESSIONAL],
            actor_user_id=None,
        )
    assert module.mandatory_for == (Role.REFERENT, Role.PROFESSIONAL)
    with database.session(write=True) as session:
        changed = update_module(session, module.id, validity_months=12, mandatory_for=[Role.PROFESSIONAL])
        same = update_module(session, module.id, validity_months=12)  # nothing differs: no event
    assert (changed.validity_months, changed.mandatory_for) == (12, (Role.PROFESSIONAL,))
    assert same == changed
    with database.session(write=True) as session:
        retired = retire_module(session, module.id)
        retire_module(session, module.id)  # idempotent: one event
        assert list_modules(session, include_retired=False) == []
    assert not retired.active
    kinds = [r.kind for r in AuditLog(database, TEST_SECRET).events() if r.kind.startswith("training.")]
    assert kinds == ["training.module_added", "training.module_changed", "training.module_retired"]
    changed_event = [
        r for r in AuditLog(database, TEST_SECRET).events() if r.kind == "training.module_changed"
    ]
    assert changed_event[0].data["fields"] == ["validity_months", "mandatory_for"]


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"title": " ", "validity_months": 12}, "title"),
        ({"title": "x" * 201, "validity_months": 12}, "title"),
        ({"title": "A", "validity_months": 0}, "validity_months"),
        ({"title": "A", "validity_months": 121}, "validity_months"),
        ({"title": "A", "validity_months": 12, "mandatory_for": ["chef"]}, "mandatory_for"),
        ({"title": "A", "validity_months": 12, "mandatory_for": ["application"]}, "mandatory_for"),
    ],
)
def test_bad_modules_are_refused_clearly(
    sqlite_database: Database, kwargs: dict[str, object], param: str
) -> None:
    with sqlite_database.session(write=True) as session, pytest.raises(InputError) as caught:
        add_module(session, **kwargs)  # type: ignore[arg-type]
    assert caught.value.param == param


def test_two_modules_cannot_share_a_title(sqlite_database: Database) -> None:
    with sqlite_database.session(write=True) as session:
        add_module(session, title="Sensibilisation", validity_months=12)
        with pytest.raises(Conflict):
            add_module(session, title="SENSIBILISATION", validity_months=6)


def test_a_record_of_a_module_takes_its_title_and_validity(database: Database) -> None:
    user_id = _person(database)
    with database.session(write=True) as session:
        module = add_module(session, title="Prompts et secret médical", validity_months=6)
        record_id = record_training(session, user_id, completed_on=date(2026, 1, 31), module_id=module.id)
        row = session.get(TrainingRecord, record_id)
        assert row is not None
        assert (row.title, row.valid_until, row.module_id) == (module.title, date(2026, 7, 31), module.id)
        with pytest.raises(InputError):  # the validity is the module's
            record_training(
                session,
                user_id,
                completed_on=TODAY,
                module_id=module.id,
                valid_until=TODAY + timedelta(days=9),
            )
        with pytest.raises(InputError):
            record_training(session, user_id, completed_on=TODAY + timedelta(days=1), module_id=module.id)
        with pytest.raises(NotFound):
            record_training(session, user_id, completed_on=TODAY, module_id=module.id + 99)
        retire_module(session, module.id)
        with pytest.raises(Conflict):
            record_training(session, user_id, completed_on=TODAY, module_id=module.id)
    event = next(r for r in AuditLog(database, TEST_SECRET).events() if r.kind == "training.recorded")
    assert event.data["module_id"] == module.id and event.data["valid_until"] == "2026-07-31"


def test_without_mandatory_modules_any_valid_training_lets_a_person_through(database: Database) -> None:
    user_id = _person(database)
    key = _key(database, user_id)
    assert _gate(database, key) == "training_required"
    with database.session(write=True) as session:
        add_module(session, title="Optionnel", validity_months=12)  # mandatory for nobody
        record_training(
            session, user_id, completed_on=TODAY - timedelta(days=3)
        )  # by title, as before modules
    assert _gate(database, key) is None
    with database.session() as session:
        assert trained_until(session, user_id) == TODAY - timedelta(days=3) + timedelta(days=3 * 365)


def test_with_mandatory_modules_each_must_be_valid(database: Database) -> None:
    user_id = _person(database)
    key = _key(database, user_id)
    with database.session(write=True) as session:
        record_training(session, user_id, completed_on=TODAY - timedelta(days=3))  # title only
        first = add_module(
            session, title="Sensibilisation", validity_months=12, mandatory_for=[Role.PROFESSIONAL]
        )
        second = add_module(
            session, title="Cas d'usage cliniques", validity_months=24, mandatory_for=["professional"]
        )
        add_module(session, title="Pour les référents", validity_months=12, mandatory_for=[Role.REFERENT])
    # The title-only record no longer suffices: mandatory modules are declared for the role.
    assert _gate(database, key) == "training_required"
    with database.session(write=True) as session:
        record_training(session, user_id, completed_on=TODAY - timedelta(days=30), module_id=first.id)
    assert _gate(database, key) == "training_required"  # one of two
    with database.session() as session:
        assert trained_until(session, user_id) is None
    with database.session(write=True) as session:
        record_training(session, user_id, completed_on=TODAY - timedelta(days=10), module_id=second.id)
    assert _gate(database, key) is None
    with database.session() as session:
        # The earliest end among the mandatory modules.
        assert trained_until(session, user_id) == add_months(TODAY - timedelta(days=30), 12)
        statuses = {s.module.title: (s.mandatory, s.state) for s in module_statuses(session, user_id)}
    assert statuses == {
        "Sensibilisation": (True, "valid"),
        "Cas d'usage cliniques": (True, "valid"),
        "Pour les référents": (False, "missing"),
    }
    # Retiring a module releases it; making one mandatory for the role binds at once.
    with database.session(write=True) as session:
        third = add_module(session, title="Nouveau module", validity_months=12)
    assert _gate(database, key) is None
    with database.session(write=True) as session:
        update_module(session, third.id, mandatory_for=[Role.PROFESSIONAL, Role.REFERENT])
    assert _gate(database, key) == "training_required"
    with database.session(write=True) as session:
        retire_module(session, third.id)
    assert _gate(database, key) is None


def test_an_expired_module_record_refuses_and_a_renewal_restores(database: Database) -> None:
    user_id = _person(database)
    key = _key(database, user_id)
    with database.session(write=True) as session:
        module = add_module(
            session, title="Sensibilisation", validity_months=12, mandatory_for=[Role.PROFESSIONAL]
        )
        record_training(session, user_id, completed_on=TODAY - timedelta(days=800), module_id=module.id)
    assert _gate(database, key) == "training_required"
    with database.session() as session:
        [status] = module_statuses(session, user_id)
    assert status.state == "expired" and status.last_completed_on == TODAY - timedelta(days=800)
    with database.session(write=True) as session:
        record_training(session, user_id, completed_on=TODAY, module_id=module.id)
    assert _gate(database, key) is None


def test_the_person_named_by_an_application_follows_the_same_rule(database: Database) -> None:
    user_id = _person(database, Role.REFERENT, "referent@example.org")
    with database.session(write=True) as session:
        module = add_module(session, title="Référents", validity_months=12, mandatory_for=[Role.REFERENT])
        record_training(session, user_id, completed_on=TODAY)  # title only
        # Someone else holding the module does not make this person trained (each person's own records).
        colleague = add_user(session, name="Paul Roche", email="paul@example.org", role=Role.REFERENT).id
        record_training(session, colleague, completed_on=TODAY, module_id=module.id)
    with database.connect() as conn:
        person = person_behind(conn, "referent@example.org")
    assert person is not None and (person.trained, person.accepted) == (False, True)
    with database.session(write=True) as session:
        record_training(session, user_id, completed_on=TODAY, module_id=module.id)
    with database.connect() as conn:
        person = person_behind(conn, "referent@example.org")
    assert person is not None and person.trained


def test_application_accounts_get_no_training(sqlite_database: Database) -> None:
    with sqlite_database.session(write=True) as session:
        app_id = add_user(session, name="Open WebUI", email="owui@example.org", role=Role.APPLICATION).id
        with pytest.raises(InputError):
            record_training(session, app_id, completed_on=TODAY)
        assert session.scalars(select(TrainingRecord)).all() == []
