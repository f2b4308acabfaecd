"""`python -m bench` finds the benchmarks and only them."""

from __future__ import annotations

from bench.__main__ import benchmarks, main


def test_discovers_benchmark_modules_and_skips_helpers() -> None:
    names = benchmarks()
    assert {"engine_quality", "engine_speed", "perturbations"} <= set(names)
    assert not {"__init__", "__main__", "corpus", "support"} & set(names)
    assert all(not name.startswith("_") for name in names)
    # helpers run or imported by another benchmark are not benchmarks themselves
    assert "gateway_upstream" not in names and "shadow_logs" not in names


def test_unknown_benchmark_is_refused() -> None:
    assert main(["no_such_benchmark"]) == 2
