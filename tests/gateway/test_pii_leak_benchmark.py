"""The external harness ``pii-leak-benchmark`` (its ``ci`` command) against égide on loopback.

The harness starts its own capture server (the upstream), first checks that a raw pass-through
leaks (negative control), then sends its synthetic record through égide, streamed: e-mail, a
US-format SSN, a test card number and three credential specimens. It passes when nothing raw
reaches the capture, the client gets the exact original text back, and one-character SSE events
are reassembled without leaking.

Configuration it needs: a tool whose base URL is the capture, and one site pattern, because a
US social security number (``ddd-dd-dddd``) is not a French identifier; an establishment declares
its own formats the same way (``detect.site_patterns``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import bootstrap
from egide.settings import Settings
from tests.gateway.conftest import SECRET, approved_tool
from tests.gateway.servers import free_port, serve_in_thread

pytestmark = pytest.mark.slow


def _harness() -> str:
    found = shutil.which("pii-leak-benchmark") or str(Path(sys.executable).parent / "pii-leak-benchmark")
    assert Path(found).exists(), "pii-leak-benchmark is a dev dependency: pip install -e '.[dev]'"
    return found


def test_pii_leak_benchmark_ci_is_clean(tmp_path: Path) -> None:
    capture_port = free_port()
    settings = Settings(
        environment="test",
        data_dir=tmp_path / "data",
        secret_key=SECRET,
        detect={
            "site_patterns": [{"label": "NDA", "regex": r"\b\d{3}-\d{2}-\d{4}\b", "description": "US SSN"}]
        },
    )
    database = database_of(settings)
    database.migrate()
    api_key = bootstrap(database)
    assert api_key is not None
    approved_tool(
        database,
        f"http://127.0.0.1:{capture_port}/v1",
        models={"conformance-model": "conformance-model"},
        name="capture",
    )
    out = tmp_path / "report"
    with serve_in_thread(create_app(settings, database=database)) as gateway:
        env = {
            **os.environ,
            "CONFORMANCE_TARGET_API_KEY": api_key,
            "BENCHMARK_SUBMISSION_SECTION": "false",
            "NO_PROXY": "127.0.0.1,localhost",  # loopback only, whatever proxy the machine sets
            "no_proxy": "127.0.0.1,localhost",
        }
        done = subprocess.run(
            [
                _harness(), "ci",
                "--target-base-url", f"{gateway}/v1",
                "--target-model", "conformance-model",
                "--capture-port", str(capture_port),
                "--iterations", "3",
                "--out", str(out),
            ],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    database.dispose()
    report = json.loads((out / "current.json").read_text(encoding="utf-8"))
    assert report["verdict"] == "CLEAN", (report["verdict"], report["reason"], report.get("required_checks"))
    assert done.returncode == 0, done.stdout[-2000:]
    assert set(report["entities"]) == {
        "EMAIL", "SSN", "CREDIT_CARD", "AWS_ACCESS_KEY_ID", "GITHUB_TOKEN", "SLACK_TOKEN"
    }  # fmt: skip
    assert set(report["entities"].values()) == {"contained"}
    assert all(report["required_checks"].values()), report["required_checks"]
    raw = json.loads((out / "current.raw.json").read_text(encoding="utf-8"))
    assert raw["checks"]["fragmentation_safety"]["events_observed"] > 1
    assert raw["checks"]["configured_upstream_boundary"]["correlated_requests"] >= 3
