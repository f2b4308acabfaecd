"""A Parquet file on Spark: its rows spread over the executors, not one task for the whole file.

Spark reads the file natively (the DataFrame reader: splits by row groups over the executors,
column pruning): only the text columns, the person column and each row's index in the file
(``_metadata.row_index``) travel. Executors de-identify the rows with the engine they keep (built
once per Python worker, as for files) and send back the de-identified texts and the counts of
findings. The driver writes the output with the same writer as the other backends, from the input
file read again by batches, each row's texts replaced by the executors' (checked by row index):
the output is the other backends' byte for byte, which Spark's own writer cannot give (a folder of
part files named after the job, its own footer). Writing is cheap next to detection; the driver
holds the partitions being computed, one per core up to ``MAX_AHEAD`` and one more, and the one it
writes (see :func:`_in_order`).

The RDD API is used on the DataFrame's rows: pandas UDFs and ``mapInArrow`` would need pandas,
which égide does not otherwise use.
"""

from __future__ import annotations

import uuid
from collections import Counter, deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import replace
from functools import partial
from typing import Any

from egide.batch.atomic import atomic_path
from egide.batch.deidentify import Deidentifier
from egide.batch.formats import parquet
from egide.batch.job import FileResult, Job, Task, peak_kib
from egide.batch.records import FileFailure, Record
from egide.errors import EgideError

#: The row's index in its file, as the Parquet reader of Spark gives it.
_ROW = "__egide_row"
#: Rows of the file per Spark partition are bounded by this many bytes of Parquet (or one row group).
PARTITION_BYTES = 16 * 1024 * 1024
#: What Spark counts for opening a file, in bytes it could read meanwhile. Its default, 4 MiB, is
#: meant for scans, where reading is the work: with it a file under twice that size on two cores
#: is one split, one task, the other cores idle. Here the work is detection, about a second per
#: 64 KiB of compressed text: a file is split over the cores (row groups permitting) from there.
OPEN_COST_BYTES = 64 * 1024
#: A table is read in this many splits per core at least (Spark's ``minPartitionNum``), so that
#: splits of unequal work (bytes are not rows: the footer is bytes too) even out.
SPLITS_PER_CORE = 4
#: Partitions of a table computed at once, at most (one per core up to this, and one more): the
#: driver holds their results until it writes them.
MAX_AHEAD = 8

#: ``(row number, de-identified texts or None, counts or the reason of a failure, worker's peak KiB)``
_Result = tuple[int, dict[str, str] | None, dict[str, int] | str, int]


def _rows(
    cached: Any, job: Job, relative: str, texts: tuple[str, ...], rows: Iterable[Any]
) -> Iterator[_Result]:
    """On an executor: ``(number, de-identified texts, counts, peak)``, or ``(number, None, reason, peak)``."""
    deidentifier: Deidentifier = cached(job)
    person = job.columns.person
    for row in rows:
        values = row.asDict()
        number = values.pop(_ROW) + 1
        record = parquet.record(number, values, texts, person)
        found: Counter[str] = Counter()
        try:
            done = deidentifier.record(record, relative, found)
        except EgideError as exc:  # fail closed: the driver drops the whole file
            yield number, None, exc.code, peak_kib()
            return
        yield number, done.texts, dict(found), peak_kib()


def _whole(rows: Iterable[_Result]) -> Iterable[_Result]:
    return rows


def _in_order(context: Any, rdd: Any, ahead: int) -> Generator[_Result, None, None]:
    """The results of ``rdd`` partition after partition, ``ahead`` partitions computed meanwhile.

    ``toLocalIterator`` computes one partition ahead of the one read: two at a time whatever the
    cores, and the next one starts only once the driver has read the previous one, so on two
    cores a core waits at every partition and on a cluster all but two do. Here one Spark job
    per partition, ``ahead`` of them submitted at once (one per core and one more, ready for the
    first core that frees up), in order, so that Spark's FIFO scheduler gives the cores to the
    earliest. The driver reads them in order and holds at most ``ahead + 1`` partitions of results.
    """
    count = rdd.getNumPartitions()
    group = f"egide-table-{uuid.uuid4().hex}"

    def compute(index: int) -> list[_Result]:
        context.setJobGroup(group, "egide deid : une table", False)  # per thread, as Spark keeps it
        return context.runJob(rdd, _whole, [index])  # type: ignore[no-any-return]

    with ThreadPoolExecutor(max_workers=ahead, thread_name_prefix="egide-parquet") as pool:
        running: deque[Future[list[_Result]]] = deque()
        started = 0

        def start() -> None:
            nonlocal started
            while started < count and len(running) < ahead:
                running.append(pool.submit(compute, started))
                started += 1

        try:
            start()
            while running:
                partition = running.popleft().result()
                start()  # every core busy while the driver reads this one
                yield from partition
                del partition  # not held while waiting for the next
        finally:
            if running:  # stopped early (a row failed, the writer failed): the rest is not wanted
                for future in running:
                    future.cancel()
                context.cancelJobGroup(group)


def deidentify(session: Any, cached: Any, job: Job, task: Task) -> FileResult:
    """De-identify one Parquet file on ``session``; ``cached(job)`` gives an executor its engine."""
    from py4j.protocol import Py4JJavaError
    from pyspark.errors import PySparkException
    from pyspark.sql import functions as F

    if task.target.exists():
        return FileResult(task.relative, "skipped")
    result = FileResult(task.relative, "done")
    found: Counter[str] = Counter()
    try:
        table = parquet.read(task.source, job.columns)  # the schema is checked before any Spark work
        texts = table.layout.text_columns
        wanted = [F.col("_metadata.row_index").alias(_ROW), *(F.col(f"`{c}`") for c in texts)]
        if job.columns.person is not None and job.columns.person not in texts:
            wanted.append(F.col(f"`{job.columns.person}`"))
        frame = session.read.parquet(str(task.source)).select(*wanted)
        done = frame.rdd.mapPartitions(partial(_rows, cached, job, task.relative, texts))

        def merged(spark_rows: Iterator[_Result]) -> Iterator[Record]:
            for original in table.records:
                number, new, counts, peak = next(spark_rows, (0, None, "spark_missing_row", 0))
                result.peak_kib = max(result.peak_kib, peak)
                if isinstance(counts, str):
                    raise FileFailure(counts, f"ligne {original.number} : la détection a échoué")
                if number != original.number or new is None or new.keys() != original.texts.keys():
                    raise FileFailure("spark_mismatch", f"ligne {original.number} : réponse de Spark décalée")
                result.documents += 1
                result.characters += sum(len(t) for t in original.texts.values())
                found.update(counts)
                yield replace(original, texts=new)
            if next(spark_rows, None) is not None:
                raise FileFailure("spark_mismatch", "Spark a rendu plus de lignes que le fichier n'en a")

        ahead = min(session.sparkContext.defaultParallelism, MAX_AHEAD) + 1
        spark_rows = _in_order(session.sparkContext, done, ahead)
        with closing(spark_rows), atomic_path(task.target) as temporary:
            parquet.write_path(temporary, table.layout, merged(spark_rows))
    except FileFailure as exc:
        return FileResult(task.relative, "failed", reason=exc.reason, message=exc.message)
    except (Py4JJavaError, PySparkException):  # Spark could not read a page of the file
        return FileResult(
            task.relative, "failed", reason="invalid_parquet", message="Parquet illisible par Spark"
        )
    result.findings = dict(sorted(found.items()))
    result.peak_kib = max(result.peak_kib, peak_kib())  # the driver writes: it works too
    return result
