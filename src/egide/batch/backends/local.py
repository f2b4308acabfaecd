"""One process: the engine loaded once, the files one after the other."""

from __future__ import annotations

from collections.abc import Iterator

from egide.batch.deidentify import Deidentifier
from egide.batch.job import FileResult, Job, Task, process_file
from egide.detect import Detector


def run(job: Job, tasks: list[Task]) -> Iterator[FileResult]:
    deidentifier = Deidentifier(Detector(job.detect), job.operator, job.secret)
    for task in tasks:
        yield process_file(deidentifier, job.columns, task)
