"""`egide shadow …` end to end, on a temporary data directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egide.app import database_of
from egide.cli import app
from egide.errors import AccessDenied, InputError
from egide.governance import Role, add_user
from egide.settings import load_settings
from egide.store import Database

from .conftest import SAMPLES

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EGIDE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("EGIDE_SECRET_KEY", "cli-test-secret-0123456789-0123456789-abcdef")
    monkeypatch.setenv("EGIDE_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.delenv("EGIDE_DATABASE_URL", raising=False)
    created = runner.invoke(app, ["init"])
    assert created.exit_code == 0, created.output
    return tmp_path / "var"


def _db() -> Database:
    return database_of(load_settings(), migrate=True)


def _add_people() -> None:
    db = _db()
    with db.session(write=True) as session:
        add_user(session, name="Déléguée Protection", email="dpo@chu-exemple.fr", role=Role.DPO)
        add_user(session, name="Admin Système", email="admin@chu-exemple.fr", role=Role.ADMIN)
    db.dispose()


def test_scan_prints_writes_and_stores(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport"
    result = runner.invoke(
        app,
        [
            "shadow",
            "scan",
            str(SAMPLES / "squid_access.log"),
            "--users",
            str(SAMPLES / "users.csv"),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "20 lignes — 12 requêtes, 3 ignorées, 5 mal formées" in result.output
    assert "chatgpt.com" in result.output and "(OpenAI, États-Unis)" in result.output
    assert "n.c." in result.output  # Squid native logs no upload size, and the summary says so
    assert "squid_access.log:13 — trop peu de champs" in result.output
    assert (out / "shadow-report.html").is_file() and (out / "shadow-usage.csv").is_file()
    scan_id = result.output.rsplit("Enregistrée : ", 1)[1].strip()
    listed = runner.invoke(app, ["shadow", "scans"])
    assert listed.exit_code == 0 and listed.stdout.startswith(scan_id)
    again = runner.invoke(app, ["shadow", "report", "--out", str(tmp_path / "again")])
    assert again.exit_code == 0, again.output
    first = json.loads((out / "shadow-report.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "again" / "shadow-report.json").read_text(encoding="utf-8"))
    assert second["destinations"] == first["destinations"]
    assert second["services"] == first["services"]


def test_new_destinations_are_flagged(data_dir: Path, tmp_path: Path) -> None:
    first = runner.invoke(
        app, ["shadow", "scan", str(SAMPLES / "squid_access.log"), "--out", str(tmp_path / "a")]
    )
    assert first.exit_code == 0 and "NOUVEAU" not in first.output  # nothing to compare with yet
    second = runner.invoke(
        app, ["shadow", "scan", str(SAMPLES / "bluecoat_w3c.log"), "--out", str(tmp_path / "b")]
    )
    assert second.exit_code == 0, second.output
    assert (
        "Nouvelles destinations depuis les analyses enregistrées (2) : api.mistral.ai, notes.scribe.ai"
        in second.output
    )
    lines = {
        line.split()[0]: line
        for line in second.stdout.splitlines()
        if line.startswith("  ") and "req." in line
    }
    assert lines["claude.ai"].endswith("(Anthropic, États-Unis)")  # seen in the first scan
    assert lines["notes.scribe.ai"].endswith("NOUVEAU")


def test_scan_from_stdin_without_storing(data_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["shadow", "scan", "-", "--no-store", "--out", str(tmp_path / "o")],
        input=(SAMPLES / "combined_access.log").read_text(encoding="utf-8"),
    )
    assert result.exit_code == 0, result.output
    assert "[combined], 12 lignes" in result.output
    assert "Enregistrée" not in result.output
    assert runner.invoke(app, ["shadow", "scans"]).stdout.strip() == "aucune analyse enregistrée"


def test_csv_feed_with_field_map(data_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "shadow", "scan", str(SAMPLES / "zscaler_nss.csv"), "--format", "csv", "--no-store",
            "--field-map", "time=1,user=2,url=4,action=5,sent=8,received=9,client=10", "--out", str(tmp_path / "o"),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "mon-chatbot.example.ai" in result.output


def test_reveal_needs_the_dpo(data_dir: Path, tmp_path: Path) -> None:
    _add_people()
    scan = [str(SAMPLES / "combined_access.log"), "--out", str(tmp_path / "o")]
    missing = runner.invoke(app, ["shadow", "scan", *scan, "--reveal"])
    assert isinstance(missing.exception, InputError)
    refused = runner.invoke(
        app, ["shadow", "scan", *scan, "--reveal", "--as", "admin@chu-exemple.fr", "--purpose", "awareness"]
    )
    assert isinstance(refused.exception, AccessDenied)
    allowed = runner.invoke(
        app, ["shadow", "scan", *scan, "--reveal", "--as", "dpo@chu-exemple.fr", "--purpose", "awareness"]
    )
    assert allowed.exit_code == 0, allowed.output
    assert "rapport nominatif" in allowed.output
    users = (tmp_path / "o" / "shadow-users.csv").read_text(encoding="utf-8-sig")
    assert "alice" in users and "dave" in users
    # The stored copy stays pseudonymised; one pseudonym is then lifted on its own.
    stored = runner.invoke(app, ["shadow", "report", "--out", str(tmp_path / "stored")])
    assert stored.exit_code == 0
    document = json.loads((tmp_path / "stored" / "shadow-report.json").read_text(encoding="utf-8"))
    pseudonym = next(u["user"] for u in document["users"] if u["user"].startswith("u-"))
    assert "alice" not in json.dumps(document)
    lifted = runner.invoke(
        app, ["shadow", "reveal", pseudonym, "--as", "dpo@chu-exemple.fr", "--purpose", "security_incident"]
    )
    assert lifted.exit_code == 0, lifted.output
    assert lifted.stdout.split("\t")[1].strip() in {"alice", "bob", "carol", "dave"}
    # Who lifted what, checked and recorded with the OS account; the refusal too (issue 14).
    from sqlalchemy import select

    from egide.store.models.audit import AuditRecord

    db = _db()
    with db.session() as session:
        rows = session.execute(
            select(AuditRecord.kind, AuditRecord.canonical).order_by(AuditRecord.seq)
        ).all()
    db.dispose()
    kinds = [kind for kind, _ in rows]
    assert "admin.command_refused" in kinds  # the administrator who tried
    commands = [json.loads(c)["command"] for kind, c in rows if kind == "admin.command"]
    assert commands.count("shadow reveal") == 1 and commands.count("shadow scan --reveal") == 1
    assert all(json.loads(c)["os_user"] for kind, c in rows if kind == "admin.command")
    assert "alice" not in "".join(c for _, c in rows)  # never the identity


def test_catalogue_commands(data_dir: Path, tmp_path: Path) -> None:
    shown = runner.invoke(app, ["shadow", "catalogue", "show", "mistral"])
    assert shown.exit_code == 0 and "*.mistral.ai\tMistral" in shown.output
    matched = runner.invoke(
        app, ["shadow", "catalogue", "match", "chat.mistral.ai", "www.has-sante.fr", "gpt.example.org"]
    )
    assert matched.exit_code == 0
    lines = matched.stdout.splitlines()
    assert lines[0].startswith("chat.mistral.ai\tIA connue, non approuvée\t*.mistral.ai")
    assert lines[1] == "www.has-sante.fr\tpas d'IA générative reconnue"
    assert lines[2].startswith("gpt.example.org\tIA suspectée")
    upstream = tmp_path / "llms.csv"
    upstream.write_text(
        "Domain,Category,Subcategory,Country,Notes\n*.only.example,LLM,Only,France,\n", encoding="utf-8"
    )
    before = runner.invoke(app, ["shadow", "catalogue", "match", "api.anthropic.com"])
    assert "IA connue, non approuvée" in before.output
    updated = runner.invoke(app, ["shadow", "catalogue", "update", str(upstream)])
    assert updated.exit_code == 0, updated.output
    assert "1 domaines (1 ajoutés" in updated.output
    assert (data_dir / "shadow" / "genai_domains.csv").is_file()
    after = runner.invoke(app, ["shadow", "catalogue", "match", "api.anthropic.com", "x.only.example"])
    # The updated catalogue replaces the shipped one: Anthropic is no longer in it.
    assert after.stdout.splitlines()[0] == "api.anthropic.com\tpas d'IA générative reconnue"
    assert "\tOnly" in after.stdout.splitlines()[1]


def test_a_reader_that_stops_early_costs_nothing(tmp_path: Path, data_dir: Path) -> None:
    # « egide shadow scan … | head »: the reader is gone before égide prints; the scan is still
    # stored, the reports written, and the exit code is 0, without a traceback.
    import os
    import subprocess
    import sys

    out = tmp_path / "rapports"
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "egide"), "shadow", "scan", str(SAMPLES / "squid_access.log"),
         "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader goes away before anything is printed
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
    assert (out / "shadow-report.html").is_file()
    listed = runner.invoke(app, ["shadow", "scans"])
    assert listed.exit_code == 0 and len(listed.stdout.strip().splitlines()) == 1
