"""The Database object: migrations, sessions, errors at the boundary, SQLite settings, timestamps."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import inspect, select, text

from egide.app import database_of
from egide.errors import ConfigError, NotFound, StorageError
from egide.store import Database, session_secret
from egide.store.models.governance import User
from tests.conftest import TEST_SECRET

if TYPE_CHECKING:
    from egide.settings import Settings

OUR_TABLES = {
    "tools",
    "tool_models",
    "users",
    "api_keys",
    "training_records",
    "charters",
    "charter_acceptances",
    "audit_records",
    "audit_head",
}


def _user(email: str = "claire.dumas@example.org") -> User:
    return User(name="Claire Dumas", email=email, role="professional", active=True)


def test_migrate_creates_the_schema_and_is_idempotent(database: Database) -> None:
    assert set(inspect(database.engine).get_table_names()) >= OUR_TABLES
    database.migrate()  # a second start changes nothing and does not fail
    with database.session() as session:
        versions = session.scalars(text("SELECT version_num FROM alembic_version")).all()
        heads = session.scalar(text("SELECT last_seq FROM audit_head WHERE id = 1"))
    assert len(versions) == 1  # one linear history
    assert heads == 0


def test_session_commits_on_success_and_rolls_back_on_error(database: Database) -> None:
    with database.session(write=True) as session:
        session.add(_user())
    with pytest.raises(NotFound), database.session(write=True) as session:
        session.add(_user("yann.le-goff@example.org"))
        session.flush()
        raise NotFound("something the service refused")
    with database.session() as session:
        emails = session.scalars(select(User.email)).all()
    assert emails == ["claire.dumas@example.org"]


def test_sqlalchemy_errors_become_storage_errors_without_values(database: Database) -> None:
    with database.session(write=True) as session:
        session.add(_user())
    with pytest.raises(StorageError) as caught, database.session(write=True) as session:
        session.add(_user())  # same e-mail: unique constraint
    assert "claire.dumas" not in caught.value.message
    assert caught.value.status_code == 500


def test_session_carries_the_server_secret(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        assert session_secret(session) == TEST_SECRET
    anonymous = Database(f"sqlite:///{tmp_path / 'other.db'}")
    with pytest.raises(ConfigError), anonymous.session() as session:
        session_secret(session)
    anonymous.dispose()


def test_timestamps_come_back_aware_in_utc_and_naive_ones_are_refused(database: Database) -> None:
    paris = timezone(timedelta(hours=1))
    with database.session(write=True) as session:
        user = _user()
        user.created_at = datetime(2026, 3, 1, 9, 30, tzinfo=paris)
        session.add(user)
    with database.session() as session:
        stored = session.scalars(select(User.created_at)).one()
    assert stored == datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    assert stored.utcoffset() == timedelta(0)
    with pytest.raises(StorageError), database.session(write=True) as session:
        naive = _user("naive@example.org")
        naive.created_at = datetime(2026, 3, 1, 9, 30)
        session.add(naive)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_database: Database) -> None:
    with sqlite_database.session() as session:
        assert session.scalar(text("PRAGMA journal_mode")) == "wal"
        assert session.scalar(text("PRAGMA foreign_keys")) == 1


def test_sqlite_write_session_takes_the_write_lock_at_once(sqlite_database: Database) -> None:
    path = sqlite_database.url.database
    assert path is not None
    with sqlite_database.session(write=True) as session:
        session.scalar(text("SELECT 1"))  # a read only: the lock must already be held
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # released at the end of the session
    other.execute("ROLLBACK")
    other.close()


def test_sqlite_read_session_does_not_block_writers(sqlite_database: Database) -> None:
    path = sqlite_database.url.database
    assert path is not None
    with sqlite_database.session() as session:
        session.scalar(select(User.id))
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()


def test_concurrent_first_starts_migrate_once(database_url: str) -> None:
    errors: list[BaseException] = []

    def start() -> None:
        db = Database(database_url, secret_key=TEST_SECRET)
        try:
            db.migrate()
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    db = Database(database_url, secret_key=TEST_SECRET)
    assert set(inspect(db.engine).get_table_names()) >= OUR_TABLES
    db.dispose()


def test_database_of_opens_the_configured_database_with_its_secret(
    database: Database, settings: Settings
) -> None:
    assert settings.effective_database_url == database.url.render_as_string(hide_password=False)
    db = database_of(settings, migrate=True)
    try:
        with db.session() as session:
            assert session_secret(session) == TEST_SECRET
            assert session.scalar(text("SELECT last_seq FROM audit_head")) == 0
    finally:
        db.dispose()


def test_the_default_database_is_a_sqlite_file_in_the_data_directory(tmp_path: Path) -> None:
    from egide.settings import load_settings

    settings = load_settings(environment="test", data_dir=tmp_path / "var", secret_key=TEST_SECRET)
    db = database_of(settings, migrate=True)
    db.dispose()
    assert (tmp_path / "var" / "egide.db").is_file()


@pytest.mark.parametrize("url", ["not a url", "mysql+nodriver://db.example.org/egide"])
def test_a_bad_database_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(ConfigError):
        Database(url)


def test_an_unreachable_server_is_a_storage_error_that_says_so() -> None:
    import socket

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = Database(f"postgresql+psycopg://postgres@127.0.0.1:{port}/egide", secret_key=TEST_SECRET)
    with pytest.raises(StorageError, match="indisponible"):
        db.migrate()
    db.dispose()


def test_core_connection_commits_rolls_back_and_translates_errors(database: Database) -> None:
    users = User.__table__
    row = {
        "name": "Claire Dumas",
        "email": "claire.dumas@example.org",
        "role": "professional",
        "active": True,
    }
    with database.connect(write=True) as conn:
        conn.execute(users.insert(), row)
    with pytest.raises(NotFound), database.connect(write=True) as conn:
        conn.execute(users.insert(), {**row, "email": "yann.le-goff@example.org"})
        raise NotFound("something the service refused")
    with pytest.raises(StorageError) as caught, database.connect(write=True) as conn:
        conn.execute(users.insert(), row)  # same e-mail: unique constraint
    assert "claire.dumas" not in caught.value.message
    with database.connect() as conn:
        assert conn.execute(select(users.c.email)).scalars().all() == ["claire.dumas@example.org"]


def test_sqlite_core_write_connection_takes_the_write_lock_at_once(sqlite_database: Database) -> None:
    path = sqlite_database.url.database
    assert path is not None
    with sqlite_database.connect(write=True) as conn:
        conn.execute(text("SELECT 1"))
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_a_new_sqlite_file_and_its_journal_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    # Other local accounts must not read the registry and the mappings, whatever the umask.
    previous = os.umask(0o022)
    try:
        folder = tmp_path / "state" / "egide"
        db = Database(f"sqlite:///{folder / 'egide.db'}", secret_key=TEST_SECRET)
        db.migrate()
        with db.session(write=True) as session:
            session.add(_user())
        modes = {
            path.name: stat.S_IMODE(path.stat().st_mode)
            for path in folder.iterdir()
            if path.name.startswith("egide.db")
        }
        db.dispose()
    finally:
        os.umask(previous)
    assert modes["egide.db"] == 0o600
    assert "egide.db-wal" in modes, modes
    assert set(modes.values()) == {0o600}, modes
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_an_existing_sqlite_file_keeps_the_mode_its_owner_gave_it(tmp_path: Path) -> None:
    file = tmp_path / "shared.db"
    file.touch(mode=0o640)
    file.chmod(0o640)
    db = Database(f"sqlite:///{file}", secret_key=TEST_SECRET)
    db.migrate()
    db.dispose()
    assert stat.S_IMODE(file.stat().st_mode) == 0o640
