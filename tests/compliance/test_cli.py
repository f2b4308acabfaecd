"""`egide compliance …` against a real database: notice, report and register files, statuses, versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from egide.cli import app
from egide.commands.exits import exit_code
from egide.errors import AccessDenied, InputError
from egide.governance import find_tool
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.compliance.pdf import pdf_text
from tests.compliance.support import FIXTURES
from tests.conftest import TEST_SECRET
from tests.governance.reviewed import approve_reviewed


@pytest.fixture
def cli(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    config = tmp_path / "egide.toml"
    config.write_text(
        '[compliance]\nestablishment = "Centre hospitalier de Honfleur"\ndpo_contact = "dpo@ch-honfleur.example"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("EGIDE_DATABASE_URL", database.url.render_as_string(hide_password=False))
    monkeypatch.setenv("EGIDE_SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("EGIDE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("EGIDE_CONFIG", str(config))
    monkeypatch.setenv("EGIDE_ENVIRONMENT", "test")
    monkeypatch.setenv("EGIDE_AS", "admin@egide.local")
    runner = CliRunner()
    _ok(runner, "users", "add", "Claire Martin", "claire.martin@example.org", "--role", "dpo")
    _ok(
        runner,
        "tools",
        "add",
        "Mistral Santé",
        "--base-url",
        "https://llm.example-hds.fr/v1",
        "--class",
        "hds",
        "--model",
        "mistral=mistral-large",
    )
    with database.session(write=True) as session:
        approve_reviewed(session, find_tool(session, "Mistral Santé").id)
    return runner


def _ok(cli: CliRunner, *args: str) -> str:
    result = cli.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def _kinds(database: Database, kind: str) -> list[dict[str, object]]:
    with database.session() as session:
        return [
            json.loads(r.canonical)
            for r in session.scalars(select(AuditRecord).where(AuditRecord.kind == kind))
        ]


def test_notice_report_and_register_files(cli: CliRunner, database: Database, tmp_path: Path) -> None:
    notice = tmp_path / "notice.pdf"
    _ok(cli, "compliance", "notice", "--pdf", str(notice))
    text = pdf_text(notice.read_bytes())
    assert "Centre hospitalier de Honfleur" in text and "Mistral Santé" in text
    assert "Claire Martin" not in text

    report = tmp_path / "rapport.pdf"
    _ok(
        cli,
        "compliance",
        "status",
        "RGPD-30",
        "compliant",
        "--comment",
        "Fiche au registre.",
        "--as",
        "claire.martin@example.org",
    )
    _ok(cli, "compliance", "report", "--pdf", str(report), "--as", "claire.martin@example.org")
    text = pdf_text(report.read_bytes())
    assert "RGPD-30" in text and "Fiche au registre." in text and "journal d'audit intègre" in text

    csv_file, html_file = tmp_path / "registre.csv", tmp_path / "registre.html"
    _ok(cli, "compliance", "register", "--csv", str(csv_file), "--html", str(html_file))
    assert "Centre hospitalier de Honfleur" in csv_file.read_text(encoding="utf-8-sig")
    assert "<h1>Registre des traitements" in html_file.read_text(encoding="utf-8")
    exports = [(e["document"], e["format"]) for e in _kinds(database, "compliance.exported")]
    assert exports == [("report", "pdf"), ("register", "html"), ("register", "csv")]


def test_only_the_dpo_sets_a_status_and_a_refusal_is_recorded(cli: CliRunner, database: Database) -> None:
    result = cli.invoke(app, ["compliance", "status", "RGPD-30", "compliant", "--comment", "ok"])
    assert isinstance(result.exception, AccessDenied) and "ne permet pas" in result.exception.message
    assert _kinds(database, "compliance.status_set") == []
    assert [e["command"] for e in _kinds(database, "admin.command_refused")] == ["compliance status"]


def test_a_professional_may_not_export_the_report(cli: CliRunner, database: Database, tmp_path: Path) -> None:
    _ok(cli, "users", "add", "Lucie Bernard", "lucie.bernard@example.org")
    result = cli.invoke(
        app, ["compliance", "report", "--pdf", str(tmp_path / "r.pdf"), "--as", "lucie.bernard@example.org"]
    )
    assert isinstance(result.exception, AccessDenied)
    assert not (tmp_path / "r.pdf").exists()
    assert _kinds(database, "compliance.exported") == []


def test_versions_diff_and_adopt(cli: CliRunner, database: Database) -> None:
    listing = _ok(cli, "compliance", "referential", "versions")
    assert "aucune version adoptée" in listing
    old, new = str(FIXTURES / "v2026-01.toml"), str(FIXTURES / "v2026-07.toml")
    diff = _ok(cli, "compliance", "referential", "diff", old, new)
    assert "2026-01 → 2026-07 : 1 ajoutée, 1 retirée, 2 modifiées, 1 inchangée" in diff
    assert "+ AIA-4\tMaîtrise de l'IA" in diff
    assert "- OLD-1\t" in diff
    assert "~ HAS-V2\tpreuves : policy_matrix → policy_matrix, refusals" in diff
    _ok(cli, "compliance", "referential", "adopt", old, "--as", "claire.martin@example.org")
    adopted = _ok(cli, "compliance", "referential", "adopt", new, "--as", "claire.martin@example.org")
    assert "version 2026-07 adoptée" in adopted
    listing = _ok(cli, "compliance", "referential", "versions")
    assert "2026-07\t2026-07-01\t4 exigences (en vigueur)" in listing
    assert "nouvelle version disponible" in listing
    shown = json.loads(_ok(cli, "compliance", "show", "--json"))
    assert shown["version"] == "2026-07"
    assert [r["id"] for r in shown["requirements"]] == ["HAS-A1", "HAS-V2", "RGPD-30", "AIA-4"]


def test_a_bad_referential_file_is_refused_clearly(cli: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "v2027-01.toml"
    bad.write_text('version = "2027-01"\n', encoding="utf-8")
    result = cli.invoke(
        app, ["compliance", "referential", "adopt", str(bad), "--as", "claire.martin@example.org"]
    )
    assert isinstance(result.exception, InputError)
    assert "v2027-01.toml" in result.exception.message and "published" in result.exception.message
    assert exit_code(result.exception) == 2
