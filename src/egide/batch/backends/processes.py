"""All local cores: a pool of worker processes, each with its engine, the files the heaviest first.

What runs in the parent runs on the workers' cores too, and what each worker repeats is paid once
per worker; so (figures: CPU time, 2,000-person collection of ``bench/batch_speed``):

- The engine's lexicons are loaded in the parent before the pool starts its workers: forked, a
  worker finds them loaded (shared, copy-on-write) and builds its engine in milliseconds instead of
  loading them again (about 0.65 s of CPU per worker). Where workers are spawned rather than forked,
  each loads them itself, as before.
- Files go out in bundles, the heaviest first (:mod:`egide.batch.backends.balance`). In path order
  the collection's four tables, two thirds of its work, came last, and one of them ran alone at the
  end; one letter per call cost the parent about 0.25 ms of CPU per file to hand out and collect.
  Bundles are at most ``BUNDLE_BYTES`` and at most a ``SLICES_PER_CORE``-th of a worker's share,
  so that the last ones, small, even out the cores' ends.

Results come back as bundles finish, not in task order: heaviest first puts the small files, the
first ones in path order as often as not, at the end, so waiting for task order held back every
result (and ``egide deid``'s progress bar) until the last bundles. Each file's output depends only
on the file (see :mod:`egide.batch.deidentify`) and the summary only counts, so the order of results
changes nothing written. A worker that dies fails the run (``BrokenProcessPool``): the files it had
not finished have no output, and a new run resumes the rest.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from egide.batch.backends.balance import heaviest_first, weight
from egide.batch.deidentify import Deidentifier
from egide.batch.job import FileResult, Job, Task, process_file
from egide.detect import Detector

#: At most this many bytes of files per call to a worker (about 0.1 s of letters) ...
BUNDLE_BYTES = 32 * 1024
#: ... and at most this fraction of a worker's share of the collection (a small one still spreads).
SLICES_PER_CORE = 8

_worker: tuple[Deidentifier, Job] | None = None


def _start(job: Job) -> None:
    global _worker  # one engine per worker process, built when the process starts
    _worker = (Deidentifier(Detector(job.detect), job.operator, job.secret), job)


def _work(bundle: list[tuple[int, Task]]) -> list[FileResult]:
    assert _worker is not None, "worker started without its engine"
    deidentifier, job = _worker
    return [process_file(deidentifier, job.columns, task) for _, task in bundle]


def bundles(tasks: list[Task], workers: int) -> list[list[tuple[int, Task]]]:
    """The tasks (with their index) in the order they are handed out: see the module's doc."""
    total = sum(weight(t) for t in tasks)
    share = min(BUNDLE_BYTES, total / max(1, workers * SLICES_PER_CORE))
    return heaviest_first(list(enumerate(tasks)), share)


def run(job: Job, tasks: list[Task], jobs: int | None = None) -> Iterator[FileResult]:
    workers = max(1, min(jobs or os.cpu_count() or 1, len(tasks) or 1))
    if multiprocessing.get_start_method() == "fork":
        Detector(job.detect)  # loads the lexicons here, once; a failure raises, as in a worker
    with ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(job,)) as pool:
        # Every bundle is queued now (a few tasks' paths each), in order: the pool's workers take
        # the next one as they free up.
        pending: set[Future[list[FileResult]]] = {
            pool.submit(_work, bundle) for bundle in bundles(tasks, workers)
        }
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()  # a worker's failure is raised here
        except BaseException:  # stopped (an error, or the caller gave up): nothing more started
            for future in pending:
                future.cancel()
            raise
