"""Execution backends: the same :func:`~egide.batch.job.process_file` on one process, many, or Spark.

Each backend is ``run(job, tasks) -> Iterator[FileResult]`` yielding results in task order, so logs
and summaries do not depend on the backend; outputs do not either (see :mod:`egide.batch.deidentify`).
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
