"""`egide secret rotate`: everything the old secret protected follows the new one (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from egide.audit import AuditLog
from egide.cli import app
from egide.errors import InputError
from egide.governance import find_tool, resolve_route
from egide.shadow.pseudonym import UserPseudonyms
from egide.store import Database
from egide.store.models.audit import AuditRecord
from egide.store.models.shadow import ShadowIdentity, ShadowUsage
from tests.governance.reviewed import approve_reviewed

OLD = "old-secret-for-rotation-tests-0123456789-abcdef"
NEW = "new-secret-for-rotation-tests-0123456789-ghijkl"
NEWER = "newer-secret-for-rotation-tests-0123456789-mnop"
SAMPLES = Path(__file__).resolve().parents[1] / "shadow" / "samples"
UPSTREAM_KEY = "sk-rotation-test-upstream-7f3e"


@pytest.fixture
def cli(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("EGIDE_DATABASE_URL", database.url.render_as_string(hide_password=False))
    monkeypatch.setenv("EGIDE_SECRET_KEY", OLD)
    monkeypatch.setenv("EGIDE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("EGIDE_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("EGIDE_AS", "admin@egide.local")
    monkeypatch.setenv("UPSTREAM", UPSTREAM_KEY)
    runner = CliRunner()
    for args in (
        ["tools", "add", "Modèle", "--base-url", "https://llm.example.org/v1", "--class", "contracted",
         "--model", "m=model-1", "--api-key-env", "UPSTREAM"],
        ["shadow", "scan", str(SAMPLES / "squid_access.log"), "--users", str(SAMPLES / "users.csv"),
         "--out", str(tmp_path / "rapport")],
    ):  # fmt: skip
        done = runner.invoke(app, args)
        assert done.exit_code == 0, done.output
    # Approved through its review, written under the secret the commands use.
    signer = Database(database.url.render_as_string(hide_password=False), secret_key=OLD)
    with signer.session(write=True) as session:
        approve_reviewed(session, find_tool(session, "Modèle").id)
    signer.dispose()
    return runner


def _rotate(cli: CliRunner, monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> str:
    monkeypatch.setenv("EGIDE_SECRET_KEY", new)
    monkeypatch.setenv("OLD_SECRET", old)
    done = cli.invoke(app, ["secret", "rotate", "--old-secret-env", "OLD_SECRET"])
    assert done.exit_code == 0, (done.output, done.exception)
    return done.stdout


def _identities(database: Database) -> tuple[list[ShadowIdentity], set[str]]:
    with database.session() as session:
        return list(session.scalars(select(ShadowIdentity))), set(
            session.scalars(select(ShadowUsage.user_pseudonym))
        )


def test_rotation_keeps_journal_credentials_and_identities(
    cli: CliRunner, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, _ = _identities(database)
    assert before and AuditLog(database, OLD).verify().ok
    out = _rotate(cli, monkeypatch, OLD, NEW)
    assert "journal d'audit intègre" in out
    # The whole journal verifies with the new secret alone; the old one is told apart from tampering.
    assert AuditLog(database, NEW).verify().ok
    assert AuditLog(database, OLD).verify().wrong_key
    with database.connect() as conn:
        assert resolve_route(conn, NEW, "m").api_key == UPSTREAM_KEY
    identities, used = _identities(database)
    pseudonyms = UserPseudonyms(NEW)
    opened = {pseudonyms.open(row.sealed) for row in identities}
    assert len(identities) == len(before) and {pseudonyms.pseudonym(i) for i in opened} == {
        r.pseudonym for r in identities
    }
    assert used <= {r.pseudonym for r in identities} | {"-"}  # every usage row follows its person
    # A second rotation keeps everything verifiable again.
    _rotate(cli, monkeypatch, NEW, NEWER)
    assert AuditLog(database, NEWER).verify().ok
    with database.connect() as conn:
        assert resolve_route(conn, NEWER, "m").api_key == UPSTREAM_KEY
    # An edit in the oldest segment is still named.
    with database.session(write=True) as session:
        session.execute(update(AuditRecord).where(AuditRecord.seq == 3).values(actor_user_id=99))
    report = AuditLog(database, NEWER).verify()
    assert not report.ok and not report.wrong_key and report.first_bad_seq == 3


def test_a_wrong_old_secret_changes_nothing(
    cli: CliRunner, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        count = len(list(session.scalars(select(AuditRecord.seq))))
    monkeypatch.setenv("EGIDE_SECRET_KEY", NEW)
    monkeypatch.setenv("OLD_SECRET", "not-the-old-secret-" + "x" * 30)
    done = cli.invoke(app, ["secret", "rotate", "--old-secret-env", "OLD_SECRET"])
    assert isinstance(done.exception, InputError) and "n'est pas celle du journal" in done.exception.message
    with database.session() as session:
        assert len(list(session.scalars(select(AuditRecord.seq)))) == count
    assert AuditLog(database, OLD).verify().ok
    same = cli.invoke(app, ["secret", "rotate", "--old-secret-env", "OLD_SECRET"], env={"OLD_SECRET": NEW})
    assert isinstance(same.exception, InputError)


def test_generate_a_new_secret_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stat

    monkeypatch.delenv("EGIDE_SECRET_KEY", raising=False)
    monkeypatch.delenv("EGIDE_DATABASE_URL", raising=False)
    monkeypatch.setenv("EGIDE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("EGIDE_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("EGIDE_AS", "admin@egide.local")
    runner = CliRunner()
    assert runner.invoke(app, ["init"]).exit_code == 0
    secret_file = tmp_path / "var" / "secret.key"
    old = secret_file.read_text(encoding="utf-8").strip()
    done = runner.invoke(app, ["secret", "rotate", "--generate"], input=old + "\n")
    assert done.exit_code == 0, (done.output, done.exception)
    new = secret_file.read_text(encoding="utf-8").strip()
    assert new != old and stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    kept = list((tmp_path / "var").glob("secret.key.ancienne-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").strip() == old
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0  # read with the new file
