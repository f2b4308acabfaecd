"""Apache Spark (``pyspark``, the ``spark`` extra): files spread over the executors, Parquet rows too.

For every file but Parquet the unit of work stays the file and the work is
:func:`~egide.batch.job.process_file`, so the output is byte for byte the other backends'. A Parquet
file is read natively by Spark and its rows spread over the executors (see
:mod:`egide.batch.backends.spark_parquet`): a 2 GB table is not one task. The engine is built once per Python worker of an executor
(Spark reuses its Python workers) and kept for every partition that worker runs, not once per file.
Executors write the outputs themselves: on a cluster, input and output must be on a file system
every executor sees (NFS, a mounted share). Results come back to the driver in task order.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from functools import partial

from egide.batch.backends import spark_parquet
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
        .set("spark.sql.files.maxPartitionBytes", str(spark_parquet.PARTITION_BYTES))
    )
    if str(conf.get("spark.master")).startswith("local"):
        conf = conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    session = SparkSession.builder.config(conf=conf).getOrCreate()
    context = session.sparkContext
    context.setLogLevel("ERROR")
    print(f"Spark : maître {context.master}, parallélisme {context.defaultParallelism}", file=sys.stderr)
    try:
        results: dict[int, FileResult] = {}
        files = [(i, t) for i, t in enumerate(tasks) if t.kind != "parquet"]
        if files:
            slices = max(1, min(len(files), context.defaultParallelism * 4))
            indexed = context.parallelize(files, slices)
            results.update(indexed.mapPartitions(partial(_partition, job)).collect())
        for index, task in enumerate(tasks):
            if task.kind == "parquet":  # one Spark job per table, its rows over the executors
                results[index] = spark_parquet.deidentify(session, _deidentifier, job, task)
            yield results[index]
    finally:
        session.stop()
