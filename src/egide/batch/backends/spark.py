"""Apache Spark (``pyspark``, the ``spark`` extra): files spread over the executors, Parquet rows too.

For every file but Parquet the unit of work stays the file and the work is
:func:`~egide.batch.job.process_file`, so the output is byte for byte the other backends'. A Parquet
file is read natively by Spark and its rows spread over the executors (see
:mod:`egide.batch.backends.spark_parquet`): a 2 GB table is not one task. The engine is built once per Python worker of an executor
(Spark reuses its Python workers) and kept for every partition that worker runs, not once per file;
the workers are forked from a daemon that has loaded the engine's lexicons
(:mod:`egide.batch.backends.spark_daemon`), so building it costs a worker milliseconds. Files are
grouped by work (:func:`balanced`) and run as one Spark job while the driver handles the tables.
Executors write the outputs themselves: on a cluster, input and output must be on a file system
every executor sees (NFS, a mounted share). Results come back to the driver in task order.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from egide.batch.backends import spark_parquet
from egide.batch.backends.balance import heaviest_first, weight
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


def _partition(job: Job, groups: Iterable[list[tuple[int, Task]]]) -> Iterator[tuple[int, FileResult]]:
    deidentifier = _deidentifier(job)
    for group in groups:
        for index, task in group:
            yield index, process_file(deidentifier, job.columns, task)


#: Partitions of files per core: enough that the last ones, the smallest, even out the cores' ends.
SLICES_PER_CORE = 8


def balanced(files: list[tuple[int, Task]], slices: int) -> list[list[tuple[int, Task]]]:
    """The files in at most ``slices`` groups of about equal work (bytes), the heaviest first.

    Cut by count, a group holding a big table is a straggler that keeps one core busy while the
    others idle; and Spark runs partitions in order, so a big file met last ends the job alone
    (see :mod:`egide.batch.backends.balance`).
    """
    share = sum(weight(t) for _, t in files) / max(1, min(slices, len(files)))
    return heaviest_first(files, share)


def session(master: str | None = None) -> Any:
    """The Spark session of a job (``master``, else the submission's, else ``local[*]``)."""
    try:
        from pyspark import SparkConf, SparkContext
        from pyspark.sql import SparkSession
    except ImportError:
        raise InputError("le moteur spark demande pyspark (pip install 'egide[spark]')") from None
    # The executors' Python is the driver's (where égide is installed) unless the cluster says otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # Under spark-submit the master (and the rest) come from the submission, which the JVM holds:
    # reach it before reading the configuration. --master still wins.
    SparkContext._ensure_initialized()
    conf = SparkConf()
    if master is not None or not conf.contains("spark.master"):
        conf = conf.setMaster(master or "local[*]")
    conf = (
        conf.setAppName("egide-deid")
        .set("spark.ui.enabled", "false")
        .set("spark.python.worker.reuse", "true")
        # Workers forked with égide's engine already loaded (see egide.batch.backends.spark_daemon).
        .set("spark.python.daemon.module", "egide.batch.backends.spark_daemon")
        .set("spark.sql.files.maxPartitionBytes", str(spark_parquet.PARTITION_BYTES))
        .set("spark.sql.files.openCostInBytes", str(spark_parquet.OPEN_COST_BYTES))
    )
    if str(conf.get("spark.master")).startswith("local"):
        conf = conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    built = SparkSession.builder.config(conf=conf).getOrCreate()
    context = built.sparkContext
    context.setLogLevel("ERROR")
    # Known once the executors are: a table is split over every core, several splits each.
    built.conf.set(
        "spark.sql.files.minPartitionNum", str(context.defaultParallelism * spark_parquet.SPLITS_PER_CORE)
    )
    return built


def run(job: Job, tasks: list[Task], master: str | None = None) -> Iterator[FileResult]:
    spark = session(master)
    context = spark.sparkContext
    print(f"Spark : maître {context.master}, parallélisme {context.defaultParallelism}", file=sys.stderr)
    try:
        yield from _work(spark, job, tasks)
    finally:
        spark.stop()


def _work(spark: Any, job: Job, tasks: list[Task]) -> Iterator[FileResult]:
    """The files as one Spark job in the background, the tables meanwhile; results in task order.

    The driver plans each table (reads its schema, Spark's own planning: a second or two) and
    writes its output; done after the files, the executors would wait through all of it. Started
    together, Spark's FIFO scheduler gives the cores to the files first and to each table's
    partitions as cores free up: the tables fill the files' last moments, the files the tables'
    planning.
    """
    context = spark.sparkContext
    results: dict[int, FileResult] = {}
    files = [(i, t) for i, t in enumerate(tasks) if t.kind != "parquet"]
    given = 0

    def ready() -> Iterator[FileResult]:
        nonlocal given
        while given < len(tasks) and given in results:
            yield results.pop(given)
            given += 1

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="egide-files") as background:
        pending: Future[list[tuple[int, FileResult]]] | None = None
        if files:
            slices = balanced(files, context.defaultParallelism * SLICES_PER_CORE)
            # One element per slice: each partition is exactly one of the balanced groups.
            grouped = context.parallelize(slices, len(slices)).mapPartitions(partial(_partition, job))
            pending = background.submit(grouped.collect)
        try:
            for index, task in enumerate(tasks):
                if task.kind == "parquet":  # one after the other, each its rows over the executors
                    results[index] = spark_parquet.deidentify(spark, _deidentifier, job, task)
                    if pending is not None and pending.done():
                        results.update(pending.result())
                        pending = None
                    yield from ready()
            if pending is not None:
                results.update(pending.result())
            yield from ready()
        except BaseException:  # stopped (an error, or the caller gave up): nothing left running
            context.cancelAllJobs()
            raise
