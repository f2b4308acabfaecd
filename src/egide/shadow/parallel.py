"""Reading one large plain log with several processes.

A plain (uncompressed) log in a line-oriented format without state (Squid native, common/combined)
is cut into byte ranges that start at line starts; each process reads its range with its own
classifier and aggregator, and the parent adds the counter cells up. Compressed streams cannot be
cut, and W3C (``#Fields:``) and CSV (header row) carry state from the top of the file: those are read
by one process.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from egide.shadow.aggregate import Aggregator, Cell, Key
from egide.shadow.catalogue import Catalogue, Entry
from egide.shadow.classify import Classifier, Destination, RegistryTool
from egide.shadow.readers import Source, open_range, split_points
from egide.shadow.scanner import FileReport, Sample, Scanner

#: Below this size, starting processes costs more than it saves.
MIN_BYTES = 32 * 1024 * 1024
STATELESS = frozenset({"squid", "combined"})
MAX_JOBS = 8


def jobs_for(configured: int) -> int:
    """``0`` means one process per available core, up to :data:`MAX_JOBS`."""
    if configured > 0:
        return configured
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


@dataclass(frozen=True)
class Task:
    source: Source
    start: int
    end: int
    fmt: str
    entries: tuple[Entry, ...]
    tools: tuple[RegistryTool, ...]
    zone: str
    identify_by_ip: bool
    samples: int


@dataclass
class Partial:
    report: FileReport
    samples: list[Sample]
    first: float | None
    last: float | None
    cells: dict[Key, Cell]
    destinations: dict[str, Destination]


def run(task: Task) -> Partial:
    """One range, in a worker process."""
    zone = ZoneInfo(task.zone)
    classifier = Classifier(Catalogue(task.entries), task.tools)
    aggregator = Aggregator(zone, identify_by_ip=task.identify_by_ip)
    scanner = Scanner(classifier, aggregator, samples=task.samples)
    with open_range(task.source, task.start, task.end) as lines:
        report = scanner.read(task.source, lines, task.fmt, None, zone)
    return Partial(
        report, scanner.samples, scanner.first, scanner.last, aggregator.cells, aggregator.destinations
    )


def executor(jobs: int) -> Executor:
    # "spawn": workers start clean (no copy of the parent's threads or open database connections).
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))


def read_in_parallel(
    pool: Executor,
    jobs: int,
    source: Source,
    fmt: str,
    *,
    classifier: Classifier,
    scanner: Scanner,
    aggregator: Aggregator,
    zone: str,
    identify_by_ip: bool,
) -> FileReport:
    """Read ``source`` in ``jobs`` ranges and fold the results into ``scanner`` and ``aggregator``."""
    if source.path is None:
        raise ValueError("standard input is read by one process")
    points = split_points(source.path, jobs)
    entries = tuple(classifier.catalogue.entries.values())
    tools = tuple(classifier.tools.values())
    tasks = [
        Task(source, start, end, fmt, entries, tools, zone, identify_by_ip, scanner.max_samples)
        for start, end in itertools.pairwise(points)
    ]
    total = FileReport(source.name, fmt)
    for partial in pool.map(run, tasks):
        for sample in partial.samples:  # line numbers restart in each range
            if len(scanner.samples) < scanner.max_samples:
                scanner.samples.append(
                    Sample(sample.source, sample.line + total.lines, sample.reason, sample.excerpt)
                )
        total.lines += partial.report.lines
        total.records += partial.report.records
        total.ignored += partial.report.ignored
        total.malformed += partial.report.malformed
        scanner.widen(partial.first, partial.last)
        aggregator.merge(partial.cells, partial.destinations)
    return total
