"""`egide backup` and `egide restore` on SQLite in WAL mode, checked by the audit chain."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egide.app import database_of
from egide.cli import app
from egide.governance import Role, add_user, list_users
from egide.settings import load_settings

SECRET = "backup-test-secret-0123456789-0123456789-abcdef"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("EGIDE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EGIDE_SECRET_KEY", SECRET)
    monkeypatch.setenv("EGIDE_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.delenv("EGIDE_DATABASE_URL", raising=False)
    runner = CliRunner()
    assert runner.invoke(app, ["init"]).exit_code == 0
    return runner


def _emails() -> set[str]:
    db = database_of(load_settings())
    try:
        with db.session() as session:
            return {u.email for u in list_users(session)}
    finally:
        db.dispose()


def test_backup_copies_what_is_still_in_the_wal_and_restore_brings_it_back(
    cli: CliRunner, tmp_path: Path
) -> None:
    db = database_of(load_settings())  # stays open: its commits wait in egide.db-wal
    with db.session(write=True) as session:
        add_user(session, name="Dr Léa Roux", email="lea.roux@chu-exemple.fr", role=Role.PROFESSIONAL)
    assert (tmp_path / "data" / "egide.db-wal").stat().st_size > 0
    saved = tmp_path / "sauvegarde.db"
    done = cli.invoke(app, ["backup", str(saved)])
    assert done.exit_code == 0, done.output
    assert "journal d'audit intègre" in done.stdout
    copy = sqlite3.connect(saved)
    assert copy.execute("select count(*) from users where email = 'lea.roux@chu-exemple.fr'").fetchone() == (
        1,
    )
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    copy.close()
    with db.session(write=True) as session:  # a change after the backup, then the restore
        add_user(session, name="Marc Petit", email="marc.petit@chu-exemple.fr", role=Role.PROFESSIONAL)
    db.dispose()
    assert cli.invoke(app, ["backup", str(saved)]).exit_code != 0  # never overwritten
    restored = cli.invoke(app, ["restore", str(saved)])
    assert restored.exit_code == 0, restored.output
    assert "journal d'audit intègre" in restored.stdout
    emails = _emails()
    assert "lea.roux@chu-exemple.fr" in emails and "marc.petit@chu-exemple.fr" not in emails
    assert cli.invoke(app, ["audit", "verify"]).exit_code == 0


def test_restore_refuses_a_tampered_backup_and_one_from_another_secret(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "sauvegarde.db"
    assert cli.invoke(app, ["backup", str(saved)]).exit_code == 0
    tampered = tmp_path / "modifiee.db"
    tampered.write_bytes(saved.read_bytes())
    with sqlite3.connect(tampered) as conn:
        conn.execute("update audit_records set actor_user_id = 77 where seq = 2")
    refused = cli.invoke(app, ["restore", str(tampered)])
    assert refused.exit_code == 1 and "rompu à l'enregistrement n°2" in refused.output
    monkeypatch.setenv("EGIDE_SECRET_KEY", "une-autre-cle-secrete-" + "z" * 20)
    other = cli.invoke(app, ["restore", str(saved)])
    assert other.exit_code == 2 and "autre clé secrète" in other.output
    not_sqlite = tmp_path / "texte.db"
    not_sqlite.write_text("pas une base", encoding="utf-8")
    assert cli.invoke(app, ["restore", str(not_sqlite)]).exit_code != 0


def test_postgresql_is_sent_to_pg_dump(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EGIDE_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/absente")
    done = cli.invoke(app, ["restore", str(tmp_path / "x.db")])
    assert done.exit_code != 0 and "pg_dump" in str(done.exception)


def test_a_backup_and_a_restored_database_are_readable_by_their_owner_only(
    cli: CliRunner, tmp_path: Path
) -> None:
    previous = os.umask(0o022)
    try:
        saved = tmp_path / "sauvegarde.db"
        assert cli.invoke(app, ["backup", str(saved)]).exit_code == 0
        database = tmp_path / "data" / "egide.db"
        database.unlink()
        for journal in ("egide.db-wal", "egide.db-shm"):
            (tmp_path / "data" / journal).unlink(missing_ok=True)
        restored = cli.invoke(app, ["restore", str(saved)])
    finally:
        os.umask(previous)
    assert restored.exit_code == 0, restored.output
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
