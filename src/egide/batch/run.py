"""Running a job on a backend: plan the files, clear a stopped run's leftovers, add up the results."""

from __future__ import annotations

from collections.abc import Callable

from egide.batch.atomic import remove_leftovers
from egide.batch.backends import BACKENDS
from egide.batch.job import FileResult, Job, plan
from egide.batch.manifest import check_or_write
from egide.batch.summary import Summary
from egide.errors import InputError


def run(
    job: Job,
    *,
    backend: str = "local",
    jobs: int | None = None,
    master: str | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> Summary:
    """De-identify the collection; ``on_start(total files)`` then ``on_result`` for each file as it
    is done: in task order on ``local`` and ``spark``, as workers finish on ``processes``."""
    if backend not in BACKENDS:
        raise InputError(f"moteur d'exécution inconnu : {backend} (connus : {', '.join(BACKENDS)})")
    tasks, ignored = plan(job)
    remove_leftovers(job.target if job.target.is_dir() else job.target.parent)
    check_or_write(job)
    summary = Summary(files_ignored=ignored)
    if on_start is not None:
        on_start(len(tasks))
    options: dict[str, object] = {}
    if backend == "processes":
        options = {"jobs": jobs}
    elif backend == "spark":
        options = {"master": master}
    for result in BACKENDS[backend](job, tasks, **options):
        summary.add(result)
        if on_result is not None:
            on_result(result)
    return summary
