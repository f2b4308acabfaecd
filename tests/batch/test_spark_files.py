"""How Spark's partitions of files are made: about equal work each, the heaviest first."""

from __future__ import annotations

import sys
from pathlib import Path

from egide.batch import Task
from egide.batch.backends import balance, spark


def _files(root: Path, sizes: list[int]) -> list[tuple[int, Task]]:
    root.mkdir()
    out = []
    for i, size in enumerate(sizes):
        path = root / f"f{i:04d}.txt"
        path.write_bytes(b"x" * size)
        out.append((i, Task(path.name, path, root.parent / "sortie" / path.name, "text")))
    return out


def test_a_big_table_among_letters_is_not_a_straggler(tmp_path: Path) -> None:
    # A collection as the benchmark's: hundreds of letters and, last in path order, a table worth
    # a third of the work. Cut by count, the table's slice ran alone at the end on one core.
    sizes = [300 + (i * 37) % 200 for i in range(600)] + [20_000, 5_000, 120_000]
    files = _files(tmp_path / "entree", sizes)
    groups = spark.balanced(files, 16)
    assert sorted(i for g in groups for i, _ in g) == list(range(len(sizes)))  # each file once
    weight = [sum(sizes[i] + balance.FILE_COST for i, _ in g) for g in groups]
    assert [i for i, _ in groups[0]] == [602]  # the table alone, started first
    share = sum(weight) / 16
    heaviest_small = max(s for s in sizes if s < share) + balance.FILE_COST
    assert len(groups) <= 16
    # Every group of several files is within one file of a share; heavier only a file on its own.
    assert all(w < share + heaviest_small for g, w in zip(groups, weight, strict=True) if len(g) > 1)
    # Each group but the last (what is left) holds at least a share: no crowd of tiny tasks.
    assert all(w >= share for w in weight[:-1])


def test_few_files_are_few_groups_the_heaviest_first(tmp_path: Path) -> None:
    files = _files(tmp_path / "entree", [10, 5_000, 300])
    assert [[i for i, _ in g] for g in spark.balanced(files, 16)] == [[1], [2, 0]]
    assert spark.balanced([], 16) == []


def test_spark_workers_are_forked_with_the_engine_loaded() -> None:
    # Forked from Spark's plain daemon, every Python worker imported égide and loaded the lexicons
    # itself (about a second of CPU each, on the cores the other workers detect on).
    built = spark.session("local[2]")
    try:
        loaded = (
            built.sparkContext.parallelize([0, 1], 2)
            .map(lambda _: sorted(m for m in sys.modules if m.startswith("egide.detect")))
            .collect()
        )
    finally:
        built.stop()
    # The task's function is a lambda pickled by value: only the daemon can have brought égide in.
    assert all("egide.detect.engine" in modules for modules in loaded)
