"""The same job submitted with spark-submit (local mode here; a cluster takes the same command)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from egide.batch import run
from tests.batch.collection import make_collection, tree_bytes
from tests.batch.conftest import SECRET, job


def test_spark_submit_runs_egide_deid_with_the_submissions_master(tmp_path: Path) -> None:
    make_collection(tmp_path / "entree")
    run(job(tmp_path / "entree", tmp_path / "local"))
    script = subprocess.run(
        [sys.executable, "-m", "egide.commands.spark_submit"], capture_output=True, text=True, check=True
    ).stdout.strip()
    env = {**os.environ, "DEID_SECRET": SECRET, "PYSPARK_PYTHON": sys.executable}
    env["PYSPARK_DRIVER_PYTHON"] = sys.executable
    submitted = subprocess.run(
        [
            str(Path(sys.executable).parent / "spark-submit"),
            "--master",
            "local[2]",
            "--conf",
            "spark.ui.enabled=false",
            script,
            str(tmp_path / "entree"),
            str(tmp_path / "spark"),
            "--secret-env",
            "DEID_SECRET",
            "--text-col",
            "compte_rendu",
            "--text-col",
            "note",
            "--person-col",
            "ipp",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        cwd=tmp_path,
    )
    assert submitted.returncode == 0, submitted.stderr[-2000:]
    # spark-submit passes the driver's stderr on to its stdout; the submission's master, not local[*]
    assert "Spark : maître local[2]" in submitted.stdout + submitted.stderr
    assert tree_bytes(tmp_path / "spark") == tree_bytes(tmp_path / "local")
