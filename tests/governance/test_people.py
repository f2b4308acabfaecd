"""People: users, keys, training, charter, and who may use égide."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from egide.audit import AuditLog
from egide.errors import AccessDenied, AuthenticationError, Conflict, InputError
from egide.governance import (
    APERCU_ALIAS,
    Confidentiality,
    Role,
    accept_charter,
    add_user,
    authenticate,
    bootstrap,
    create_key,
    ensure_may_use,
    list_keys,
    list_users,
    publish_charter,
    record_training,
    resolve_model,
    revoke_key,
)
from egide.store import Database
from egide.store.models.governance import ApiKey
from tests.conftest import TEST_SECRET


def _person(db: Database, role: Role = Role.PROFESSIONAL, email: str = "lucie.bernard@example.org") -> int:
    with db.session(write=True) as session:
        return add_user(session, name="Lucie Bernard", email=email, role=role).id


def _charter(db: Database, version: str = "2026-01") -> None:
    with db.session(write=True) as session:
        publish_charter(
            session, version=version, title="Charte IA", body="1. J'utilise les outils approuvés."
        )


def _may_use(db: Database, secret: str) -> None:
    with db.session() as session:
        ensure_may_use(session, authenticate(session, secret))


def test_keys_authenticate_their_user_and_are_stored_hashed(database: Database) -> None:
    user_id = _person(database)
    with database.session(write=True) as session:
        key = create_key(session, user_id, label="poste de soins")
    assert key.secret.startswith(key.prefix + "_") and key.prefix.startswith("eg-")
    with database.session() as session:
        principal = authenticate(session, key.secret)
        stored = session.scalars(select(ApiKey)).one()
    assert (principal.user_id, principal.role, principal.key_id) == (user_id, Role.PROFESSIONAL, key.id)
    assert principal.display_name == "Lucie Bernard"
    assert key.secret not in (stored.key_hash, stored.prefix)
    assert key.secret.split("_", 1)[1] not in stored.key_hash
    assert stored.last_used_at is not None  # use recorded


@pytest.mark.parametrize("wrong", ["", "sk-not-ours", "eg-00000000_" + "x" * 43, "eg-" + "a" * 500])
def test_unknown_keys_are_refused(database: Database, wrong: str) -> None:
    with pytest.raises(AuthenticationError), database.session() as session:
        authenticate(session, wrong)


def test_a_revoked_key_is_refused_on_the_next_request(database: Database) -> None:
    user_id = _person(database)
    with database.session(write=True) as session:
        key = create_key(session, user_id)
    with database.session() as session:
        authenticate(session, key.secret)
    with database.session(write=True) as session:
        assert revoke_key(session, key.prefix).revoked_at is not None
    with pytest.raises(AuthenticationError), database.session() as session:
        authenticate(session, key.secret)
    with database.session() as session:
        assert [k.revoked_at is not None for k in list_keys(session, user_id)] == [True]


def test_use_requires_valid_training_then_the_current_charter(database: Database) -> None:
    _charter(database)
    user_id = _person(database)
    with database.session(write=True) as session:
        secret = create_key(session, user_id).secret
    with pytest.raises(AccessDenied, match="formation à l'IA non validée"):
        _may_use(database, secret)
    with database.session(write=True) as session:  # an expired training does not count
        record_training(session, user_id, completed_on=date(2020, 1, 6), valid_until=date(2021, 1, 6))
    with pytest.raises(AccessDenied, match="formation"):
        _may_use(database, secret)
    with database.session(write=True) as session:
        record_training(session, user_id, completed_on=date.today() - timedelta(days=10))
    with pytest.raises(AccessDenied, match="charte non acceptée"):
        _may_use(database, secret)
    with database.session(write=True) as session:
        accept_charter(session, user_id)
    _may_use(database, secret)
    _charter(database, "2026-06")  # a new version must be accepted again
    with pytest.raises(AccessDenied, match="charte non acceptée"):
        _may_use(database, secret)


def test_application_accounts_are_exempt_from_training_and_charter(database: Database) -> None:
    _charter(database)
    app_id = _person(database, Role.APPLICATION, "dpi-resume@example.org")
    with database.session(write=True) as session:
        secret = create_key(session, app_id).secret
    _may_use(database, secret)


@pytest.mark.parametrize(
    ("name", "email", "role"),
    [
        ("", "a@example.org", "professional"),
        ("Jean", "pas-une-adresse", "professional"),
        ("Jean", "j@x.fr", "chef"),
    ],
)
def test_invalid_users_are_refused(sqlite_database: Database, name: str, email: str, role: str) -> None:
    with pytest.raises(InputError), sqlite_database.session(write=True) as session:
        add_user(session, name=name, email=email, role=role)


def test_e_mail_addresses_are_unique_whatever_their_case(database: Database) -> None:
    _person(database)
    with pytest.raises(Conflict), database.session(write=True) as session:
        add_user(session, name="Autre", email="Lucie.Bernard@Example.org", role=Role.DPO)


def test_list_users_reports_training_and_charter(database: Database) -> None:
    _charter(database)
    user_id = _person(database)
    today = date.today()  # read once: a run across midnight would otherwise compare two days
    with database.session(write=True) as session:
        record_training(session, user_id, completed_on=today, valid_until=today + timedelta(days=30))
        accept_charter(session, user_id)
    with database.session() as session:
        (user,) = list_users(session)
    assert user.trained_until == today + timedelta(days=30)
    assert user.accepted_current_charter


def test_people_changes_are_audited_without_names_or_addresses(database: Database) -> None:
    _charter(database)
    user_id = _person(database)
    with database.session(write=True) as session:
        key = create_key(session, user_id)
        record_training(session, user_id, completed_on=date.today())
        accept_charter(session, user_id)
        revoke_key(session, key.id)
    log = AuditLog(database, TEST_SECRET)
    events = list(log.events())
    assert [e.kind for e in events] == [
        "charter.published",
        "user.added",
        "key.created",
        "training.recorded",
        "charter.accepted",
        "key.revoked",
    ]
    dump = repr(events)
    assert "Lucie" not in dump and "lucie.bernard" not in dump and key.secret not in dump
    assert log.verify().ok


def test_bootstrap_creates_apercu_a_charter_and_a_ready_administrator_once(database: Database) -> None:
    secret = bootstrap(database)
    assert secret is not None
    assert bootstrap(database) is None
    with database.session() as session:
        principal = authenticate(session, secret)
        ensure_may_use(session, principal)
        route = resolve_model(session, principal, APERCU_ALIAS)
    assert principal.role is Role.ADMIN
    assert route.is_builtin and route.base_url == "builtin:apercu"
    assert route.confidentiality is Confidentiality.ON_PREMISE
    assert AuditLog(database, TEST_SECRET).verify().ok


def test_concurrent_first_starts_create_one_administrator(database: Database) -> None:
    keys: list[str | None] = []
    errors: list[BaseException] = []

    def start() -> None:
        db = Database(database.url.render_as_string(hide_password=False), secret_key=TEST_SECRET)
        try:
            keys.append(bootstrap(db))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len([k for k in keys if k is not None]) == 1
    with database.session() as session:
        assert [u.role for u in list_users(session)] == [Role.ADMIN]
