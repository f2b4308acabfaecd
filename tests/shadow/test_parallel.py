"""Several processes over byte ranges give exactly what one process gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from egide.shadow import parallel
from egide.shadow.config import ShadowConfig
from egide.shadow.readers import split_points

from .conftest import SAMPLES, Scan


def _mixed_log(path: Path) -> None:
    lines = (SAMPLES / "squid_access.log").read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines * 150), encoding="utf-8")  # 3000 lines, broken ones throughout


def test_split_points_fall_on_line_starts(tmp_path: Path) -> None:
    path = tmp_path / "a.log"
    _mixed_log(path)
    data = path.read_bytes()
    points = split_points(path, 7)
    assert points[0] == 0 and points[-1] == len(data) and len(points) == 8
    assert all(data[p - 1 : p] == b"\n" for p in points[1:-1])


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_equals_sequential(
    tmp_path: Path, run_scan: Scan, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    path = tmp_path / "a.log"
    _mixed_log(path)
    one = run_scan(str(path), config=ShadowConfig(jobs=1, malformed_samples=20))
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    many = run_scan(str(path), config=ShadowConfig(jobs=jobs, malformed_samples=20))
    assert [(f.lines, f.records, f.ignored, f.malformed) for f in many.files] == [(3000, 1800, 450, 750)]
    assert [(f.lines, f.records, f.ignored, f.malformed) for f in one.files] == [(3000, 1800, 450, 750)]
    assert many.rows == one.rows
    assert many.samples == one.samples
    assert (many.period_start, many.period_end) == (one.period_start, one.period_end)


def test_stateful_formats_stay_in_one_process(
    tmp_path: Path, run_scan: Scan, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    used: list[int] = []
    monkeypatch.setattr(parallel, "executor", lambda jobs: used.append(jobs))
    result = run_scan("bluecoat_w3c.log", config=ShadowConfig(jobs=4))
    assert used == [] and result.records == 7
