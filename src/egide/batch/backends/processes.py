"""All local cores: a pool of worker processes, each loading the engine once (not once per file).

Files are handed out one at a time (their sizes vary); results come back in task order.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from egide.batch.deidentify import Deidentifier
from egide.batch.job import FileResult, Job, Task, process_file
from egide.detect import Detector

_worker: tuple[Deidentifier, Job] | None = None


def _start(job: Job) -> None:
    global _worker  # one engine per worker process, built when the process starts
    _worker = (Deidentifier(Detector(job.detect), job.operator, job.secret), job)


def _work(task: Task) -> FileResult:
    assert _worker is not None, "worker started without its engine"
    deidentifier, job = _worker
    return process_file(deidentifier, job.columns, task)


def run(job: Job, tasks: list[Task], jobs: int | None = None) -> Iterator[FileResult]:
    workers = max(1, min(jobs or os.cpu_count() or 1, len(tasks) or 1))
    with ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(job,)) as pool:
        yield from pool.map(_work, tasks, chunksize=1)
