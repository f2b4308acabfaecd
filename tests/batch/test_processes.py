"""The ``processes`` backend: work handed out heaviest first, results as they finish, failures closed."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from egide.batch import FileResult, Task, plan, run
from egide.batch.atomic import TEMP_PREFIX
from egide.batch.backends import balance, processes
from egide.batch.deidentify import Deidentifier
from egide.batch.formats import Columns
from egide.batch.job import process_file
from tests.batch.collection import make_collection, tree_bytes
from tests.batch.conftest import job

FORK = multiprocessing.get_start_method() == "fork"


def _tasks(root: Path, sizes: list[int]) -> list[Task]:
    root.mkdir()
    out = []
    for i, size in enumerate(sizes):
        path = root / f"f{i:04d}.txt"
        path.write_bytes(b"x" * size)
        out.append(Task(path.name, path, root.parent / "sortie" / path.name, "text"))
    return out


def test_a_big_table_last_in_path_order_is_handed_out_first(tmp_path: Path) -> None:
    # As the benchmark's collection: letters, then, last in path order, tables worth two thirds of
    # the work. Handed out in path order, the last table ran alone on one core at the end.
    sizes = [300 + (i * 37) % 200 for i in range(600)] + [40_000, 35_000, 120_000, 90_000]
    tasks = _tasks(tmp_path / "entree", sizes)
    bundles = processes.bundles(tasks, 2)
    assert sorted(i for b in bundles for i, _ in b) == list(range(len(sizes)))  # each file once
    assert [b[0][0] for b in bundles[:4]] == [602, 603, 600, 601]  # the tables alone, heaviest first
    assert all(len(b) == 1 for b in bundles[:4])
    weights = [sum(sizes[i] + balance.FILE_COST for i, _ in b) for b in bundles[4:]]
    # Letters go in bundles (one call per letter cost the parent more than the letter) of at most
    # BUNDLE_BYTES and a letter, and they even out the cores' ends.
    assert all(w < processes.BUNDLE_BYTES + 1_000 for w in weights) and len(weights) >= 8


def test_a_small_collection_still_spreads_over_the_workers(tmp_path: Path) -> None:
    tasks = _tasks(tmp_path / "entree", [400] * 13)
    assert len(processes.bundles(tasks, 2)) >= 2 * 4  # not one bundle holding everything
    assert processes.bundles([], 2) == []


def test_the_same_results_and_bytes_with_one_and_two_workers(tmp_path: Path) -> None:
    root = tmp_path / "entree"
    make_collection(root, n_persons=40)
    (root / "tables" / "casse.csv").write_bytes(b"ipp;note\n1;a;b;c\n")  # a failure in the middle
    planned = [t.relative for t in plan(job(root, tmp_path / "x"))[0]]
    outputs, orders, summaries = {}, {}, {}
    for backend, workers in (("local", 1), ("processes", 1), ("processes", 2)):
        seen: list[str] = []
        out = tmp_path / f"{backend}-{workers}"
        summary = run(
            job(root, out),
            backend=backend,
            jobs=workers,
            on_result=lambda r, seen=seen: seen.append(r.relative),
        )
        outputs[backend, workers], orders[backend, workers] = tree_bytes(out), seen
        summaries[backend, workers] = summary.to_dict()
        # every file is counted once, by the worker that did it
        assert sum(w.files for w in summary.workers.values()) == len(planned)
        assert len(summary.workers) == workers
        assert all(
            w.startup_s >= 0 and w.files_s > 0 and w.total_s >= w.files_s for w in summary.workers.values()
        )
    assert orders[("local", 1)] == planned
    # each file reported once, as its bundle finishes (heaviest first), not held back for task order
    assert sorted(orders[("processes", 2)]) == sorted(orders[("processes", 1)]) == sorted(planned)
    assert outputs[("processes", 2)] == outputs[("processes", 1)] == outputs[("local", 1)]
    assert summaries[("processes", 2)] == summaries[("processes", 1)] == summaries[("local", 1)]
    assert summaries[("local", 1)]["failures"] == {"invalid_csv": 1}


def _dies_on_tables(deidentifier: Deidentifier, columns: Columns, task: Task) -> FileResult:
    if task.relative == "tables/sejours.csv":
        os._exit(3)  # a worker killed mid-file (out of memory, a signal): no exception, no result
    return process_file(deidentifier, columns, task)


@pytest.mark.skipif(not FORK, reason="the stand-in reaches the workers by fork")
def test_a_worker_that_dies_fails_the_run_closed_and_a_new_run_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "entree"
    make_collection(root, n_persons=30)
    whole = tmp_path / "entiere"
    run(job(root, whole), backend="processes", jobs=2)
    out = tmp_path / "sortie"
    seen: list[str] = []
    with monkeypatch.context() as patch:
        patch.setattr(processes, "process_file", _dies_on_tables)
        with pytest.raises(BrokenProcessPool):
            run(job(root, out), backend="processes", jobs=2, on_result=lambda r: seen.append(r.relative))
    written = tree_bytes(out)
    assert "tables/sejours.csv" not in written  # no output, not even a partial one
    # what was written is whole (a file the other worker was writing when the pool stopped is at
    # most a temporary file, removed by the next run)
    assert all(written[name] == tree_bytes(whole)[name] for name in written if TEMP_PREFIX not in name)
    planned = [t.relative for t in plan(job(root, tmp_path / "x"))[0]]
    assert len(set(seen)) == len(seen) and set(seen) <= set(planned) - {"tables/sejours.csv"}
    again = run(job(root, out), backend="processes", jobs=2)
    assert again.files_failed == 0 and again.files_done >= 1
    assert tree_bytes(out) == tree_bytes(whole)


def test_results_are_reported_as_they_finish_the_heaviest_file_first(tmp_path: Path) -> None:
    """Heaviest first puts the small files, often the first in path order, at the end: reported in
    task order, nothing (not even ``egide deid``'s progress bar) moved until the last bundles."""
    root = tmp_path / "entree"
    make_collection(root, n_persons=20)
    tasks = plan(job(root, tmp_path / "x"))[0]
    heaviest = max(tasks, key=balance.weight).relative
    assert heaviest != tasks[0].relative  # the collection's tables come after its letters
    seen: list[str] = []
    run(
        job(root, tmp_path / "sortie"),
        backend="processes",
        jobs=1,
        on_result=lambda r: seen.append(r.relative),
    )
    assert seen[0] == heaviest and sorted(seen) == sorted(t.relative for t in tasks)


def test_an_engine_that_cannot_load_fails_the_run_before_any_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "entree"
    make_collection(root, n_persons=4)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("lexique illisible")

    monkeypatch.setattr(processes, "Detector", broken)
    out = tmp_path / "sortie"
    # forked: raised by the parent, which loads the lexicons; spawned: by a worker, which breaks the pool
    with pytest.raises((RuntimeError, BrokenProcessPool)):
        run(job(root, out), backend="processes", jobs=2)
    assert sorted(tree_bytes(out)) == [".egide-deid.json"]  # not one document written
