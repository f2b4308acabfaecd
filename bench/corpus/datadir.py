"""Where the independent reference sets live: ``/work/shared/data`` unless told otherwise.

``EGIDE_BENCH_DATA=/path`` (or a benchmark's ``--data`` flag, which sets it) points elsewhere. A set
whose files are missing is *absent*: benchmarks report it as such, they neither crash nor skip it
silently.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "EGIDE_BENCH_DATA"
DEFAULT = Path("/work/shared/data")


def data_dir() -> Path:
    return Path(os.environ.get(ENV) or DEFAULT)


def data_file(relative: str) -> Path:
    """``relative`` under the data directory read now (the environment may change between calls)."""
    return data_dir() / relative


class Absent(Exception):
    """The files of a reference set are not there; the message names the path looked at."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(f"{name} absent : {path} introuvable")
        self.name = name
        self.path = path


def require(name: str, path: Path) -> Path:
    if not path.exists():
        raise Absent(name, path)
    return path
