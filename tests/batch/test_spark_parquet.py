"""Parquet on Spark: read by Spark, rows spread over several partitions, same bytes as local."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from egide.batch import Columns, Job, Task, run
from egide.batch.backends import spark, spark_parquet
from egide.detect import DetectConfig
from tests.batch.collection import TEXT_COLUMNS, letter, persons
from tests.batch.conftest import KEY


def _table(path: Path, rows: int, repeat: int = 1) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    people = persons(40, seed=3)
    texts = [
        None if i % 97 == 5 else letter(people[i % 40], people[(i + 1) % 40].last) * repeat
        for i in range(rows)
    ]
    table = pa.table(
        {
            "ipp": [people[i % 40].ipp for i in range(rows)],
            "compte_rendu": pa.array(texts, pa.large_string()),
            "rang": pa.array(range(rows), pa.int32()),
        }
    )
    pq.write_table(table, path, compression="zstd", row_group_size=60)


@pytest.fixture
def session() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    built = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.files.maxPartitionBytes", "16384")  # small, so that the rows are split
        .getOrCreate()
    )
    yield built
    built.stop()


@pytest.mark.parametrize("operator", ["surrogate", "placeholder"])
def test_a_table_split_over_partitions_gives_the_local_bytes(
    tmp_path: Path, session: Any, operator: str
) -> None:
    source = tmp_path / "entree" / "cr.parquet"
    source.parent.mkdir()
    _table(source, 600)
    assert session.read.parquet(str(source)).rdd.getNumPartitions() > 1  # really spread
    columns = Columns(TEXT_COLUMNS, "ipp")
    local = run(Job(source.parent, tmp_path / "local", operator, columns, secret=KEY))
    job = Job(source.parent, tmp_path / "spark", operator, columns, secret=KEY)
    task = Task("cr.parquet", source, tmp_path / "spark" / "cr.parquet", "parquet")
    result = spark_parquet.deidentify(session, spark._deidentifier, job, task)
    assert result.status == "done" and result.documents == 600 and local.documents == 600
    assert result.characters == local.characters and result.findings == dict(local.findings)
    assert (tmp_path / "spark" / "cr.parquet").read_bytes() == (
        tmp_path / "local" / "cr.parquet"
    ).read_bytes()
    # Again: the output exists, the file is skipped.
    assert spark_parquet.deidentify(session, spark._deidentifier, job, task).status == "skipped"


def test_a_detection_failure_on_an_executor_fails_the_file_closed(tmp_path: Path, session: Any) -> None:
    source = tmp_path / "entree" / "cr.parquet"
    source.parent.mkdir()
    _table(source, 120, repeat=40)
    # A budget no detection of 14,000 characters meets: rows time out, on the executors as locally.
    detect = DetectConfig(timeout_ms=1)
    columns = Columns(TEXT_COLUMNS, "ipp")
    local = run(Job(source.parent, tmp_path / "local", "surrogate", columns, secret=KEY, detect=detect))
    job = Job(source.parent, tmp_path / "spark", "surrogate", columns, secret=KEY, detect=detect)
    task = Task("cr.parquet", source, tmp_path / "spark" / "cr.parquet", "parquet")
    result = spark_parquet.deidentify(session, spark._deidentifier, job, task)
    assert result.status == "failed" and local.files_failed == 1
    assert result.reason == next(iter(local.failures))
    assert not task.target.exists() and not list((tmp_path / "spark").glob("*"))


def test_a_small_table_is_split_over_the_cores(tmp_path: Path) -> None:
    # Spark's default cost of opening a file (4 MiB) makes a table under 8 MiB one split on two
    # cores: one task, the other core idle, though detecting 1 MB of text takes seconds.
    source = tmp_path / "cr.parquet"
    _table(source, 3000)
    assert source.stat().st_size < 1024 * 1024
    built = spark.session("local[2]")
    try:
        sizes = built.read.parquet(str(source)).rdd.glom().map(len).collect()
    finally:
        built.stop()
    assert sum(sizes) == 3000
    assert sum(1 for s in sizes if s) >= 2  # every core has rows to work on
    assert max(sizes) <= 3000 * 0.6


class _Partitions:
    """A stand-in for an RDD of 6 partitions and its SparkContext, recording how jobs overlap."""

    def __init__(self) -> None:
        self.data = [[(p, r) for r in range(3)] for p in range(6)]
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.together = threading.Barrier(2, timeout=20)
        self.groups: set[str] = set()
        self.cancelled: list[str] = []

    def setJobGroup(self, group: str, description: str, interrupt: bool) -> None:  # Spark's names
        self.groups.add(group)

    def cancelJobGroup(self, group: str) -> None:
        self.cancelled.append(group)

    def getNumPartitions(self) -> int:  # Spark's names
        return len(self.data)

    def runJob(self, rdd: Any, func: Any, partitions: list[int]) -> list[Any]:
        (index,) = partitions
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        if index < 2:
            self.together.wait()  # the first two run at the same time, or this times out
        time.sleep(0.02 * (6 - index))  # later partitions finish first
        with self.lock:
            self.running -= 1
        return list(func(iter(self.data[index])))


def test_partitions_run_one_per_core_and_are_read_in_order() -> None:
    # toLocalIterator ran one partition ahead, two at a time whatever the cores, and the next
    # only once the driver had read the previous: cores waited. Now one per core and one more.
    fake = _Partitions()
    rows = list(spark_parquet._in_order(fake, fake, 3))
    assert rows == [row for part in fake.data for row in part]  # in order, though finished out of it
    assert fake.most == 3  # never more than asked: the driver holds at most that many partitions


def test_a_table_stopped_early_cancels_its_partitions_still_running() -> None:
    fake = _Partitions()
    rows = spark_parquet._in_order(fake, fake, 3)
    assert next(rows) == (0, 0)
    rows.close()  # the writer failed on the first row: the other partitions are not wanted
    assert fake.cancelled == list(fake.groups) and len(fake.groups) == 1
