"""`egide users import|service|coverage|export` and `egide users training modules …` on a real database."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egide.cli import app
from egide.errors import AccessDenied
from egide.governance import list_users, module_statuses
from egide.store import Database
from tests.commands import test_registry_commands as registry

cli = registry.cli  # the same fixture: settings pointing at the test database
_ok = registry._ok

ROSTER = (
    "nom;email;role;service\n"
    "Paul Girard;paul.girard@chu-exemple.fr;professionnel;Cardiologie\n"
    "Rose Ferrand;rose.ferrand@chu-exemple.fr;référent;Cardiologie\n"
    "Sami Ouali;sami.ouali@chu-exemple.fr;référent;Urgences\n"
    "Sans Adresse;;professionnel;Urgences\n"
)


def test_import_then_modules_training_coverage_and_export(
    cli: CliRunner, database: Database, tmp_path: Path
) -> None:
    roster = tmp_path / "personnel.csv"
    roster.write_text(ROSTER, encoding="cp1252")
    first = cli.invoke(app, ["users", "import", str(roster)])
    assert first.exit_code == 1  # a row was refused: said by the exit code
    assert first.stdout.splitlines() == [
        "ligne 2\tcréée\tpaul.girard@chu-exemple.fr",
        "ligne 3\tcréée\trose.ferrand@chu-exemple.fr",
        "ligne 4\tcréée\tsami.ouali@chu-exemple.fr",
        "ligne 5\trefusée\t : adresse électronique manquante",
    ]
    assert "3 créées, 0 mises à jour, 0 inchangées, 1 refusées (lu en windows-1252)" in first.stderr
    roster.write_text("\n".join(ROSTER.splitlines()[:4]) + "\n", encoding="utf-8")
    again = _ok(cli, "users", "import", str(roster))
    assert again.count("inchangée") == 3

    _ok(
        cli,
        "users",
        "training",
        "modules",
        "add",
        "Socle IA",
        "--mois",
        "12",
        "--obligatoire",
        "professional",
    )
    _ok(cli, "users", "training", "modules", "add", "Référents", "--mois", "24", "--obligatoire", "referent")
    _ok(
        cli,
        "users",
        "training",
        "modules",
        "mandatory",
        "Socle IA",
        "--obligatoire",
        "professional",
        "--obligatoire",
        "referent",
    )
    listing = _ok(cli, "users", "training", "modules", "list")
    assert "Socle IA\t12 mois\treferent, professional" in listing
    _ok(cli, "users", "training", "record", "paul.girard@chu-exemple.fr", "--module", "socle ia")
    # A referent records for their own service only.
    refused = cli.invoke(
        app,
        [
            "users",
            "training",
            "record",
            "sami.ouali@chu-exemple.fr",
            "--module",
            "1",
            "--as",
            "rose.ferrand@chu-exemple.fr",
        ],
    )
    assert refused.exit_code != 0 and isinstance(refused.exception, AccessDenied)
    _ok(
        cli,
        "users",
        "training",
        "record",
        "paul.girard@chu-exemple.fr",
        "--module",
        "1",
        "--as",
        "rose.ferrand@chu-exemple.fr",
    )
    with database.session() as session:
        paul = next(u for u in list_users(session) if u.email == "paul.girard@chu-exemple.fr")
        assert [s.state for s in module_statuses(session, paul.id)] == ["valid", "missing"]

    _ok(cli, "users", "service", "sami.ouali@chu-exemple.fr", "Urgences adultes")
    _ok(cli, "users", "charter", "accept", "paul.girard@chu-exemple.fr")
    table = _ok(cli, "users", "coverage")
    assert "Cardiologie\t2\t1\t1\t1" in table  # Paul trained and bound (accepted for him by an admin)
    out = tmp_path / "formations.csv"
    _ok(cli, "users", "export", "training", "-o", str(out))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert [r[2] for r in rows[1:]] == ["Administrateur égide", "Paul Girard", "Paul Girard"]
    coverage_out = _ok(cli, "users", "export", "coverage")
    assert coverage_out.startswith("\ufeffservice;personnes")
    with pytest.raises(AssertionError):  # a professional may not export
        _ok(cli, "users", "export", "charter", "--as", "paul.girard@chu-exemple.fr")
