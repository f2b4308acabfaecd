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

A table heavier than a worker's share (a clinical warehouse's export is often one big CSV or JSONL
file) would keep one core busy alone however the rest is bundled: its rows go to the workers
instead, in chunks of about ``CHUNK_CHARS`` characters, while the parent reads the table and writes
the output in order (:func:`_rows_over`). Each record's output depends only on the record, its scope
and the key, so the bytes are those of one process. Such tables go first, each over the whole pool,
then the bundles.

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
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace

from egide.batch.backends.balance import heaviest_first, weight
from egide.batch.deidentify import Deidentifier
from egide.batch.job import FileResult, Job, RecordsMap, Task, is_table, process_file
from egide.batch.records import Record
from egide.detect import Detector

#: At most this many bytes of files per call to a worker (about 0.1 s of letters) ...
BUNDLE_BYTES = 32 * 1024
#: ... and at most this fraction of a worker's share of the collection (a small one still spreads).
SLICES_PER_CORE = 8
#: A big table's rows go to a worker in chunks of about this many characters of text (about half a
#: second of detection: the handing out, a few milliseconds, is lost in it) ...
CHUNK_CHARS = 64 * 1024
#: ... with this many chunks under way per worker, so that none waits while the parent reads on.
AHEAD_PER_WORKER = 2

_worker: tuple[Deidentifier, Job] | None = None


def _start(job: Job) -> None:
    global _worker  # one engine per worker process, built when the process starts
    _worker = (Deidentifier(Detector(job.detect), job.operator, job.secret), job)


def _work(bundle: list[tuple[int, Task]]) -> list[FileResult]:
    assert _worker is not None, "worker started without its engine"
    deidentifier, job = _worker
    return [process_file(deidentifier, job.columns, task) for _, task in bundle]


def _texts(chunk: list[Record], relative: str) -> tuple[list[dict[str, str]], Counter[str]]:
    """A big table's records de-identified in a worker: their texts and the findings by label."""
    assert _worker is not None, "worker started without its engine"
    deidentifier, _ = _worker
    found: Counter[str] = Counter()
    return [deidentifier.record(record, relative, found).texts for record in chunk], found


def _chunks(records: Iterator[Record]) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    size = 0
    for record in records:
        chunk.append(record)
        size += sum(len(text) for text in record.texts.values())
        if size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _rows_over(pool: ProcessPoolExecutor, workers: int) -> RecordsMap:
    """A table's records de-identified by the pool's workers, chunk by chunk, given back in order."""

    def mapped(records: Iterator[Record], relative: str, found: Counter[str]) -> Iterator[Record]:
        under_way: deque[tuple[list[Record], Future[tuple[list[dict[str, str]], Counter[str]]]]] = deque()

        def settle() -> Iterator[Record]:
            chunk, future = under_way.popleft()
            texts, counts = future.result()  # a detection failure is raised here: the file fails
            found.update(counts)
            for record, its_texts in zip(chunk, texts, strict=True):
                yield replace(record, texts=its_texts)

        try:
            for chunk in _chunks(records):
                # The cells the writer keeps stay here: only what detection needs crosses over.
                sent = [Record(r.number, r.texts, r.person) for r in chunk]
                under_way.append((chunk, pool.submit(_texts, sent, relative)))
                if len(under_way) >= workers * AHEAD_PER_WORKER:
                    yield from settle()
            while under_way:
                yield from settle()
        finally:  # the file failed (a bad row, a detection error): what is under way is dropped
            for _, future in under_way:
                future.cancel()

    return mapped


def big_tables(tasks: list[Task], workers: int) -> list[int]:
    """The tables heavier than a worker's share of the collection (indices), heaviest first."""
    if workers < 2:
        return []
    share = sum(weight(t) for t in tasks) / workers
    heavy = [(weight(t), i) for i, t in enumerate(tasks) if is_table(t) and weight(t) > share]
    return [i for _, i in sorted(heavy, key=lambda w: (-w[0], w[1]))]


def bundles(tasks: list[Task], workers: int) -> list[list[tuple[int, Task]]]:
    """The tasks (with their index) in the order they are handed out: see the module's doc."""
    total = sum(weight(t) for t in tasks)
    share = min(BUNDLE_BYTES, total / max(1, workers * SLICES_PER_CORE))
    return heaviest_first(list(enumerate(tasks)), share)


def run(job: Job, tasks: list[Task], jobs: int | None = None) -> Iterator[FileResult]:
    wanted = max(1, jobs or os.cpu_count() or 1)
    heavy = big_tables(tasks, wanted)
    split = set(heavy)
    # No more workers than files, unless a table's rows are spread: a collection of one big table
    # (the usual warehouse export, given as a single file) needs them all.
    workers = wanted if split else min(wanted, len(tasks) or 1)
    detector: Detector | None = None
    if multiprocessing.get_start_method() == "fork":
        detector = Detector(job.detect)  # loads the lexicons here, once; a failure raises, as in a worker
    with ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(job,)) as pool:
        if split:
            # The parent reads and writes these tables; its engine detects nothing here, but
            # process_file wants one (and reports a file that cannot be read, as everywhere).
            parent = Deidentifier(detector or Detector(job.detect), job.operator, job.secret)
            for index in heavy:
                result = process_file(parent, job.columns, tasks[index], _rows_over(pool, workers))
                result.worker = 0  # its CPU is spread over the workers: no one worker's time
                yield result
        rest = [t for i, t in enumerate(tasks) if i not in split]
        # Every bundle is queued now (a few tasks' paths each), in order: the pool's workers take
        # the next one as they free up.
        pending: set[Future[list[FileResult]]] = {
            pool.submit(_work, bundle) for bundle in bundles(rest, workers)
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
