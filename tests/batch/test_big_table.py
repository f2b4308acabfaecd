"""A table heavier than a worker's share of the collection: its rows over every worker, not one.

A clinical warehouse's export is often a single big CSV or JSONL file; bundled as one task, it kept
one core busy alone whatever the number of workers.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
from collections import Counter
from pathlib import Path

import pytest

from egide.batch import Task, plan, run
from egide.batch.backends import processes
from egide.batch.records import Record
from tests.batch.collection import letter, make_collection, note, persons, tree_bytes
from tests.batch.conftest import job

FORK = multiprocessing.get_start_method() == "fork"


def _big_export(root: Path, rows: int, notes: bool = True) -> None:
    """A warehouse-like export: one CSV of letters and one JSONL of notes, much heavier than the rest."""
    people = persons(rows, seed=31)
    root.mkdir(parents=True)
    with (root / "entrepot.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\n")
        writer.writerow(["ipp", "service", "compte_rendu"])
        for i, p in enumerate(people):
            writer.writerow([p.ipp, "médecine", letter(p, f"Médecin{i % 7}")])
    with (root / "notes.jsonl").open("w", encoding="utf-8") as stream:
        for p in people if notes else []:
            stream.write(json.dumps({"ipp": p.ipp, "note": note(p)}, ensure_ascii=False) + "\n")
    (root / "petite.txt").write_text(letter(people[0], "Martin"), encoding="utf-8")


def test_only_tables_heavier_than_a_workers_share_are_split(tmp_path: Path) -> None:
    root = tmp_path / "entree"
    _big_export(root, rows=120)
    tasks = plan(job(root, tmp_path / "x"))[0]
    names = [t.relative for t in tasks]
    assert [names[i] for i in processes.big_tables(tasks, 2)] == ["entrepot.csv"]
    assert processes.big_tables(tasks, 1) == []  # one worker: nothing to spread
    # a text file, however big, is one document streamed by blocks: never split by rows
    (root / "petite.txt").write_text("x" * 1_000_000, encoding="utf-8")
    tasks = plan(job(root, tmp_path / "x"))[0]
    assert processes.big_tables(tasks, 2) == []


def test_a_big_table_gives_the_same_bytes_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "entree"
    _big_export(root, rows=150)
    monkeypatch.setattr(processes, "CHUNK_CHARS", 2_000)  # many chunks, so that order is put to the test
    local = run(job(root, tmp_path / "local"), backend="local")
    spread = run(job(root, tmp_path / "processes"), backend="processes", jobs=2)
    assert tree_bytes(tmp_path / "processes") == tree_bytes(tmp_path / "local")
    assert spread.to_dict() == local.to_dict()
    assert spread.documents == 150 + 150 + 1


def _texts_by_pid(chunk: list[Record], relative: str) -> tuple[list[dict[str, str]], Counter[str]]:
    texts, found = _real_texts(chunk, relative)
    return texts, found + Counter({f"pid-{os.getpid()}": 1})


_real_texts = processes._texts


@pytest.mark.skipif(not FORK, reason="the stand-in reaches the workers by fork")
def test_a_big_tables_rows_go_to_every_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "entree"
    root.parent.mkdir(exist_ok=True)
    _big_export(root, rows=150)
    monkeypatch.setattr(processes, "CHUNK_CHARS", 2_000)
    monkeypatch.setattr(processes, "_texts", _texts_by_pid)
    summary = run(job(root, tmp_path / "sortie"), backend="processes", jobs=2)
    workers = {label for label in summary.findings if label.startswith("pid-")}
    assert len(workers) == 2 and f"pid-{os.getpid()}" not in workers  # both workers, never the parent


@pytest.mark.skipif(not FORK, reason="the stand-in reaches the workers by fork")
def test_a_single_big_table_given_as_the_input_uses_every_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The usual warehouse export: one file. The pool used to get no more workers than files."""
    root = tmp_path / "entree"
    _big_export(root, rows=150, notes=False)
    (root / "petite.txt").unlink()
    monkeypatch.setattr(processes, "CHUNK_CHARS", 2_000)
    monkeypatch.setattr(processes, "_texts", _texts_by_pid)
    source = root / "entrepot.csv"
    summary = run(job(source, tmp_path / "sortie.csv"), backend="processes", jobs=2)
    assert summary.files_done == 1
    assert len({label for label in summary.findings if label.startswith("pid-")}) == 2


def test_a_bad_row_in_a_big_table_fails_that_file_closed_and_the_run_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "entree"
    _big_export(root, rows=150)
    with (root / "entrepot.csv").open("a", encoding="utf-8", newline="") as stream:
        stream.write("1;une cellule de trop;a;b\n")  # the last row: after many chunks went out
    failed: list[Task | str] = []
    summary = run(
        job(root, tmp_path / "sortie"),
        backend="processes",
        jobs=2,
        on_result=lambda r: failed.append(r.relative) if r.status == "failed" else None,
    )
    assert failed == ["entrepot.csv"] and summary.failures == Counter({"invalid_csv": 1})
    written = tree_bytes(tmp_path / "sortie")
    assert not any(name.startswith("entrepot") for name in written)  # not half a table
    assert "notes.jsonl" in written and "petite.txt" in written


def test_the_collection_with_its_tables_split_resumes_after_a_stop(tmp_path: Path) -> None:
    root = tmp_path / "entree"
    make_collection(root, n_persons=30)
    # one table far heavier than the rest of the collection
    _big_export(root / "entrepot", rows=400, notes=False)
    tasks = plan(job(root, tmp_path / "x"))[0]
    assert [tasks[i].relative for i in processes.big_tables(tasks, 2)] == ["entrepot/entrepot.csv"]
    whole = run(job(root, tmp_path / "local"), backend="local")
    spread = run(job(root, tmp_path / "sortie"), backend="processes", jobs=2)
    assert tree_bytes(tmp_path / "sortie") == tree_bytes(tmp_path / "local")
    assert spread.to_dict() == whole.to_dict()
    again = run(job(root, tmp_path / "sortie"), backend="processes", jobs=2)
    assert again.files_skipped == len(tasks) and again.files_done == 0
