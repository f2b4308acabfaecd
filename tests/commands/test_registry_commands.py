"""`egide tools`, `egide users` and `egide audit` against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from egide.cli import app
from egide.errors import AccessDenied, AuthenticationError, Conflict, InputError
from egide.governance import Principal, Role, authenticate, ensure_may_use, resolve_model
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.conftest import TEST_SECRET

UPSTREAM_KEY = "sk-cli-test-9a8b7c6d5e4f3a2b1c0d"
CALLER = Principal(user_id=1, role=Role.PROFESSIONAL, key_id=1, display_name="Dr Paul Girard")


@pytest.fixture
def cli(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A runner whose settings point at the test database."""
    monkeypatch.setenv("EGIDE_DATABASE_URL", database.url.render_as_string(hide_password=False))
    monkeypatch.setenv("EGIDE_SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("EGIDE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("EGIDE_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("EGIDE_ENVIRONMENT", "test")
    monkeypatch.setenv("EGIDE_AS", "admin@egide.local")  # the administrator made at first use acts
    return CliRunner()


def _ok(cli: CliRunner, *args: str) -> str:
    result = cli.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


ANSWERS_HDS = """
vendor = "Mistral AI"
model_name = "mistral-large"
model_version = "2411"
purpose = "Aide à la rédaction des comptes rendus"
hosting = "provider"
hosting_country = "FR"
hds_certificate_number = "HDS-2025-0042"
hds_activities = "1,2,3,4,5,6"
hds_expires_on = "2999-01-01"
storage_in_eea = "yes"
inputs_reused_for_training = "no"
retention_days = "0"
gdpr_contract = "yes"
gdpr_contract_expires_on = "2999-01-01"
transfers_outside_eea = "none"
ai_act_role = "deployer"
ai_act_risk = "limited"
medical_device = "no"
authorised_uses = "Rédaction, synthèse"
forbidden_uses = "Diagnostic, prescription"
"""


def test_tools_lifecycle_from_the_command_line(
    cli: CliRunner, database: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MISTRAL_KEY", UPSTREAM_KEY)
    args = ["tools", "add", "Mistral HDS", "--base-url", "https://llm.example-hds.fr/v1", "--class", "public"]
    added = _ok(
        cli,
        *args,
        "--model",
        "mistral-large=mistral-large-2411",
        "--model",
        "codestral=codestral-2501",
        "--api-key-env",
        "MISTRAL_KEY",
    )
    assert "ajouté (statut : proposé)" in added
    listing = _ok(cli, "tools", "list")
    assert "Mistral HDS\tproposed\tpublic" in listing
    assert "codestral=codestral-2501, mistral-large=mistral-large-2411" in listing
    assert UPSTREAM_KEY not in listing
    # No approval before the review: the refusal says what is missing.
    refused = cli.invoke(app, ["tools", "approve", "Mistral HDS", "--motif", "Besoin du service"])
    assert isinstance(refused.exception, Conflict) and "aucune évaluation" in refused.exception.message
    answers = tmp_path / "mistral.toml"
    answers.write_text(ANSWERS_HDS, encoding="utf-8")
    assessed = _ok(cli, "tools", "assess", "Mistral HDS", "--file", str(answers))
    assert "classe calculée : hds" in assessed and "avis dpo : attendu" in assessed
    assert "Mistral HDS\tproposed\thds" in _ok(cli, "tools", "list")  # the registry applies it
    for role in ("dpo", "rssi", "referent"):
        _ok(cli, "users", "add", f"Revue {role}", f"{role}@chu.example.org", "--role", role)
        given = _ok(
            cli, "tools", "opinion", "Mistral HDS", "--avis", "favourable", "--commentaire", "Conforme",
            "--as", f"{role}@chu.example.org",
        )  # fmt: skip
        assert f"avis favourable du rôle {role}" in given
    # The administrator decides, and does not give an opinion in the others' place.
    not_admin = cli.invoke(
        app, ["tools", "opinion", "Mistral HDS", "--avis", "favourable", "--commentaire", "x x"]
    )
    assert isinstance(not_admin.exception, AccessDenied)
    no_motive = cli.invoke(app, ["tools", "approve", "Mistral HDS"])
    assert no_motive.exit_code == 2  # --motif is required
    assert "approuvé" in _ok(
        cli, "tools", "approve", "Mistral HDS", "--motif", "Revue complète, avis favorables"
    )
    with database.session() as session:
        assert resolve_model(session, CALLER, "codestral").api_key == UPSTREAM_KEY
    assert "suspendu" in _ok(cli, "tools", "suspend", "Mistral HDS")
    tools = json.loads(_ok(cli, "tools", "list", "--json"))
    assert [t["status"] for t in tools if t["name"] == "Mistral HDS"] == ["suspended"]
    (mistral,) = [t for t in tools if t["name"] == "Mistral HDS"]
    shown = json.loads(_ok(cli, "tools", "show", str(mistral["id"]), "--json"))
    assert shown["classification"]["klass"] == "hds" and shown["approval_blockers"] == []
    assert [d["rationale"] for d in shown["decisions"]] == ["Revue complète, avis favorables"]
    assert "retiré" in _ok(cli, "tools", "retire", str(mistral["id"]), "--motif", "Fin du marché")
    refused = cli.invoke(app, ["tools", "approve", "Mistral HDS", "--motif", "Reprise"])
    assert isinstance(refused.exception, Conflict)


def test_tools_alerts_lists_expiries_and_lowers_an_expired_class(
    cli: CliRunner, database: Database, tmp_path: Path
) -> None:
    from datetime import timedelta

    from egide.governance.people import today

    _ok(
        cli,
        "tools",
        "add",
        "Hébergeur",
        "--base-url",
        "https://h.example.fr/v1",
        "--class",
        "public",
        "--model",
        "h=h",
    )
    answers = tmp_path / "h.toml"
    soon = today() + timedelta(days=10)
    answers.write_text(
        ANSWERS_HDS.replace('hds_expires_on = "2999-01-01"', f'hds_expires_on = "{soon}"'), "utf-8"
    )
    _ok(cli, "tools", "assess", "Hébergeur", "--file", str(answers))
    listed = _ok(cli, "tools", "alerts", "--days", "30")
    assert f"Hébergeur\thds_certificate\tcertificat HDS expire le {soon:%d/%m/%Y} (dans 10 jours)" in listed
    assert "hds_certificate" not in _ok(cli, "tools", "alerts", "--days", "5")
    # The certificate expires: the next run lowers the registry's class and says so.
    with database.session(write=True) as session:
        from egide.store.models.review import ToolAssessment

        session.execute(update(ToolAssessment).values(hds_expires_on=today() - timedelta(days=1)))
    lowered = _ok(cli, "tools", "alerts")
    assert "classe abaissée" in lowered and "certificat HDS expiré depuis" in lowered
    assert "Hébergeur\tproposed\tcontracted" in _ok(cli, "tools", "list")


def test_the_first_command_on_a_new_database_prints_the_administrator_key_once(
    cli: CliRunner, database: Database
) -> None:
    first = cli.invoke(app, ["tools", "list"])
    assert first.exit_code == 0
    secret = first.stderr.strip().rsplit(" ", 1)[-1]
    assert "aperçu\tapproved\ton_premise\tbuiltin:apercu\tapercu=apercu" in first.stdout
    with database.session() as session:
        ensure_may_use(session, authenticate(session, secret))
    again = cli.invoke(app, ["tools", "list"])
    assert again.exit_code == 0 and secret not in again.stderr and "administrateur" not in again.stderr


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        (["--model", "sans-egal"], InputError),
        (["--model", "a=b", "--api-key-env", "EGIDE_TEST_UNSET_VARIABLE"], InputError),
    ],
)
def test_tools_add_refuses_bad_input(cli: CliRunner, extra: list[str], error: type[Exception]) -> None:
    result = cli.invoke(
        app, ["tools", "add", "X", "--base-url", "https://x.example.fr/v1", "--class", "public", *extra]
    )
    assert isinstance(result.exception, error)


def test_the_upstream_key_is_never_an_argument(cli: CliRunner) -> None:
    result = cli.invoke(app, ["tools", "add", "--help"])
    assert "--api-key-env" in result.stdout
    assert not re.search(r"--api-key\b(?!-env)", result.stdout)


def test_users_keys_training_and_charter_from_the_command_line(
    cli: CliRunner, database: Database, tmp_path: Path
) -> None:
    charter = tmp_path / "charte.txt"
    charter.write_text("1. J'utilise les outils approuvés.\n", encoding="utf-8")
    added = _ok(
        cli,
        "users",
        "add",
        "Dr Hélène Roussel",
        "helene.roussel@example.org",
        "--role",
        "professional",
        "--key",
    )
    secret = added.strip().rsplit(" ", 1)[-1]
    assert secret.startswith("eg-")
    _ok(cli, "users", "charter", "publish", "--version", "2026", "--title", "Charte", "--file", str(charter))
    with database.session() as session, pytest.raises(AccessDenied, match="formation"):
        ensure_may_use(session, authenticate(session, secret))
    wrong = cli.invoke(
        app, ["users", "training", "record", "helene.roussel@example.org", "--date", "31/02/2026"]
    )
    assert wrong.exit_code != 0 and isinstance(wrong.exception, InputError)
    assert "JJ/MM/AAAA" in wrong.exception.message
    _ok(cli, "users", "training", "record", "helene.roussel@example.org", "--date", "14/09/2026")
    _ok(cli, "users", "charter", "accept", "helene.roussel@example.org")
    shown = _ok(cli, "users", "charter", "show")
    assert "version 2026 : Charte" in shown and "1. J'utilise les outils approuvés." in shown
    with database.session() as session:
        ensure_may_use(session, authenticate(session, secret))
    listing = _ok(cli, "users", "list")
    assert "helene.roussel@example.org\tprofessional\t\tformé jusqu'au 2029-09-13\tcharte acceptée" in listing
    second = _ok(cli, "users", "keys", "create", "helene.roussel@example.org", "--label", "bloc").strip()
    keys = _ok(cli, "users", "keys", "list", "helene.roussel@example.org")
    assert keys.count("\n") == 2 and secret not in keys and second not in keys
    prefix = secret.split("_", 1)[0]
    _ok(cli, "users", "keys", "revoke", prefix)
    assert "révoquée" in _ok(cli, "users", "keys", "list")
    with database.session() as session:
        assert authenticate(session, second).key_id > 0


def test_audit_verify_export_and_a_broken_chain(cli: CliRunner, database: Database, tmp_path: Path) -> None:
    _ok(cli, "users", "add", "Marc Petit", "marc.petit@example.org", "--role", "dpo")
    _ok(cli, "users", "add", "Inès Faure", "ines.faure@example.org", "--role", "referent")
    # 6 from the first start, then per user the command (who, from which OS account) and the addition
    assert "10 enregistrements vérifiés" in _ok(cli, "audit", "verify")
    out = tmp_path / "audit.json"
    _ok(cli, "audit", "export", "--from", "2020-01-01", "--format", "json", "--output", str(out))
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [r["kind"] for r in rows][-4:] == ["admin.command", "user.added", "admin.command", "user.added"]
    assert [r["seq"] for r in rows] == list(range(1, 11))
    admin_id = rows[-1]["actor_user_id"]
    assert admin_id is not None and all(r["actor_user_id"] == admin_id for r in rows[-4:])
    assert rows[-2]["data"]["command"] == "users add" and rows[-2]["data"]["os_user"]
    assert "marc.petit" not in out.read_text(encoding="utf-8")
    csv_text = _ok(cli, "audit", "export", "--format", "csv")
    assert csv_text.splitlines()[0].startswith("seq,recorded_at")
    with database.session(write=True) as session:
        session.execute(update(AuditRecord).where(AuditRecord.seq == 7).values(actor_user_id=42))
    broken = cli.invoke(app, ["audit", "verify"])
    assert broken.exit_code == 1
    assert "rompu à l'enregistrement n°7" in broken.stderr


def _kinds(database: Database) -> list[tuple[str, int | None]]:
    with database.session() as session:
        rows = session.execute(select(AuditRecord.kind, AuditRecord.actor_user_id).order_by(AuditRecord.seq))
        return [(kind, actor) for kind, actor in rows]


def test_every_administrative_command_names_who_acts(
    cli: CliRunner, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ok(cli, "users", "add", "Rémi Carré", "remi.carre@example.org", "--role", "rssi")
    _ok(cli, "users", "add", "Dr Anne Morel", "anne.morel@example.org", "--role", "professional", "--key")
    monkeypatch.delenv("EGIDE_AS")
    nobody = cli.invoke(app, ["tools", "suspend", "aperçu"])
    assert isinstance(nobody.exception, InputError) and "--as" in nobody.exception.message
    unknown = cli.invoke(app, ["tools", "suspend", "aperçu", "--as", "intrus@example.org"])
    assert isinstance(unknown.exception, AccessDenied)
    wrong_role = cli.invoke(app, ["tools", "suspend", "aperçu", "--as", "anne.morel@example.org"])
    assert isinstance(wrong_role.exception, AccessDenied) and "professional" in wrong_role.exception.message
    refusals = [(k, a) for k, a in _kinds(database) if k == "admin.command_refused"]
    assert len(refusals) == 2 and refusals[0][1] is None and refusals[1][1] is not None  # each refusal kept
    # The kill switch: the RSSI may pull it, and is recorded as the one who did.
    _ok(cli, "tools", "suspend", "aperçu", "--as", "remi.carre@example.org")
    kinds = _kinds(database)
    rssi_id = kinds[-1][1]
    assert kinds[-2:] == [("admin.command", rssi_id), ("tool.suspended", rssi_id)] and rssi_id is not None


def test_acceptance_on_behalf_says_so_and_deactivation_stops_everything(
    cli: CliRunner, database: Database
) -> None:
    added = _ok(cli, "users", "add", "Dr Anne Morel", "anne.morel@example.org", "--key")
    secret = added.strip().rsplit(" ", 1)[-1]
    _ok(cli, "users", "training", "record", "anne.morel@example.org")
    on_behalf = _ok(cli, "users", "charter", "accept", "anne.morel@example.org")
    assert "pour l'utilisateur" in on_behalf and "tracé comme tel" in on_behalf
    assert _kinds(database)[-1][0] == "charter.accepted_on_behalf"
    with database.session() as session:
        ensure_may_use(session, authenticate(session, secret))
    done = _ok(cli, "users", "deactivate", "anne.morel@example.org")
    assert "désactivé" in done
    assert _kinds(database)[-1][0] == "user.deactivated"
    with database.session() as session, pytest.raises(AuthenticationError, match="désactivé"):
        authenticate(session, secret)  # its keys were revoked with it
    refused = cli.invoke(
        app, ["users", "keys", "create", "anne.morel@example.org", "--as", "anne.morel@example.org"]
    )
    assert isinstance(refused.exception, AccessDenied) and "désactivé" in refused.exception.message
