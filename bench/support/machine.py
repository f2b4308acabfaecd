"""What a figure was measured on: date, commit, load of the machine (quality and speed both depend on it)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _commit() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=5
        )
    except (OSError, subprocess.SubprocessError):
        return "?"
    return done.stdout.strip() or "?"


def facts() -> dict[str, Any]:
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": _commit(),
        "load": [round(x, 1) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
    }


def describe(run: dict[str, Any]) -> str:
    load = " ".join(f"{x:.1f}" for x in run["load"])
    return f"date : {run['date']} ; commit {run['commit']} ; charge : {load} ; {run['cpus']} cœurs"
