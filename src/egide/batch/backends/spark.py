"""Apache Spark (``pyspark``, the ``spark`` extra): files spread over the executors.

The unit of work stays the file and the work is :func:`~egide.batch.job.process_file`, so the output
is byte for byte the other backends'. The engine is built once per Python worker of an executor
(Spark reuses its Python workers) and kept for every partition that worker runs, not once per file.
Executors write the outputs themselves: on a cluster, input and output must be on a file system
every executor sees (NFS, a mounted share). Results come back to the driver in task order.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from functools import partial

from egide.batch.deidentify import Deidentifier
from egide.batch.job import FileResult, Job, Task, process_file
from egide.detect import Detector
from egide.errors import InputError

_cached: tuple[Job, Deidentifier] | None = None


def _deidentifier(job: Job) -> Deidentifier:
    global _cached  # one engine per Python worker, reused across partitions of the same job
    if _cached is None or _cached[0] != job:
        _cached = (job, Deidentifier(Detector(job.detect), job.operator, job.secret))
    return _cached[1]


def _partition(job: Job, items: Iterable[tuple[int, Task]]) -> Iterator[tuple[int, FileResult]]:
    deidentifier = _deidentifier(job)
    for index, task in items:
        yield index, process_file(deidentifier, job.columns, task)


def run(job: Job, tasks: list[Task], master: str | None = None) -> Iterator[FileResult]:
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        raise InputError("le moteur spark demande pyspark (pip install 'egide[spark]')") from None
    # The executors' Python is the driver's (where égide is installed) unless the cluster says otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    conf = (
        SparkConf()
        .setMaster(master or "local[*]")
        .setAppName("egide-deid")
        .set("spark.ui.enabled", "false")
        .set("spark.python.worker.reuse", "true")
    )
    if (master or "local[*]").startswith("local"):
        conf = conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    context = SparkContext.getOrCreate(conf)
    context.setLogLevel("ERROR")
    try:
        if not tasks:
            return
        slices = max(1, min(len(tasks), context.defaultParallelism * 4))
        indexed = context.parallelize(list(enumerate(tasks)), slices)
        results = indexed.mapPartitions(partial(_partition, job)).collect()
        for _, result in sorted(results, key=lambda pair: pair[0]):
            yield result
    finally:
        context.stop()
