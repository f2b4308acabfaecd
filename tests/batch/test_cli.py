"""`egide deid` on the command line: exit codes, summary JSON, and no original value anywhere."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from egide.cli import app
from tests.batch.collection import make_collection, tree_bytes
from tests.batch.conftest import SECRET

runner = CliRunner()
ENV = {"DEID_TEST_SECRET": SECRET}
ARGS = [
    "--secret-env",
    "DEID_TEST_SECRET",
    "--text-col",
    "compte_rendu",
    "--text-col",
    "note",
    "--person-col",
    "ipp",
]


def test_deid_writes_the_mirror_and_a_summary_without_values(tmp_path: Path) -> None:
    people = make_collection(tmp_path / "entree")
    (tmp_path / "entree" / "casse.csv").write_bytes(b"ipp;note\n8000000000;Mme Dupont;en trop\n")
    summary = tmp_path / "bilan.json"
    result = runner.invoke(
        app,
        ["deid", str(tmp_path / "entree"), str(tmp_path / "sortie"), *ARGS, "--summary", str(summary)],
        env=ENV,
    )
    assert result.exit_code == 1  # one file failed
    report = json.loads(summary.read_text(encoding="utf-8"))
    assert report["files"] == {"done": 13, "skipped_already_done": 0, "failed": 1, "ignored_unsupported": 1}
    assert report["failures"] == {"invalid_csv": 1} and report["findings"]["NOM"] > 0
    everything = summary.read_text(encoding="utf-8") + result.output
    assert "casse.csv" in result.output and "invalid_csv" in result.output
    for p in people:
        for value in (p.first, p.last, p.ipp):
            assert value not in everything
    assert "Dupont" not in everything


def test_deid_twice_skips_what_is_done(tmp_path: Path) -> None:
    make_collection(tmp_path / "entree")
    args = [
        "deid",
        str(tmp_path / "entree"),
        str(tmp_path / "sortie"),
        *ARGS,
        "--backend",
        "processes",
        "-j",
        "2",
    ]
    assert runner.invoke(app, args, env=ENV).exit_code == 0
    first = tree_bytes(tmp_path / "sortie")
    again = runner.invoke(app, args, env=ENV)
    assert again.exit_code == 0 and "0 fichier(s) traité(s), 13 déjà fait(s)" in again.output
    assert tree_bytes(tmp_path / "sortie") == first


def test_deid_refuses_bad_usage_in_french(tmp_path: Path) -> None:
    make_collection(tmp_path / "entree")
    cases = [
        (["--operator", "chiffrer"], "opérateur inconnu"),
        (["--backend", "fusée"], "moteur d'exécution inconnu"),
    ]
    for extra, message in cases:
        result = runner.invoke(
            app, ["deid", str(tmp_path / "entree"), str(tmp_path / "sortie"), *ARGS, *extra], env=ENV
        )
        assert result.exit_code == 2 and message in result.output
    inside = runner.invoke(
        app, ["deid", str(tmp_path / "entree"), str(tmp_path / "entree" / "x"), *ARGS], env=ENV
    )
    assert inside.exit_code == 2 and "la sortie ne peut pas être dans l'entrée" in inside.output
    missing = runner.invoke(app, ["deid", str(tmp_path / "rien"), str(tmp_path / "sortie"), *ARGS], env=ENV)
    assert missing.exit_code == 2 and "entrée introuvable" in missing.output


def test_a_failed_spark_job_is_reported_as_spark_not_as_the_engine(tmp_path: Path) -> None:
    make_collection(tmp_path / "entree")
    result = runner.invoke(
        app,
        [
            "deid",
            str(tmp_path / "entree"),
            str(tmp_path / "sortie"),
            *ARGS,
            "--backend",
            "spark",
            "--master",
            "nulle-part://ici",
        ],
        env=ENV,
    )
    assert result.exit_code != 0 and "le travail Spark a échoué" in result.output
    assert "moteur de détection" not in result.output
