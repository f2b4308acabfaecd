"""Execution backends: the same :func:`~egide.batch.job.process_file` on one process, many, or Spark.

Each backend is ``run(job, tasks) -> Iterator[FileResult]`` yielding a result per file (in task order,
except ``processes``: as its workers finish); summaries only count, so they do not depend on the
backend, and outputs do not either (see :mod:`egide.batch.deidentify`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from egide.batch.backends import local, processes, spark
from egide.batch.job import FileResult, Job, Task

Backend = Callable[[Job, list[Task]], Iterator[FileResult]]

BACKENDS: dict[str, Callable[..., Iterator[FileResult]]] = {
    "local": local.run,
    "processes": processes.run,
    "spark": spark.run,
}

__all__ = ["BACKENDS", "Backend"]
