"""Spark's Python daemon with égide's engine loaded before it forks the workers.

Spark starts one daemon per executor (``python -m pyspark.daemon``) and forks from it a Python
worker per task slot, and one more now and then (a worker goes back to the pool a moment after its
task ends, and a task that starts meanwhile gets a new one). Forked from the plain daemon, every
worker imports égide and loads the engine's lexicons itself: about a second of CPU each, on the
cores the other workers are detecting on. Forked from this daemon, a worker finds them loaded
(copy-on-write, shared between the workers) and builds its engine in milliseconds, as the
``processes`` workers do, forked from the parent that imported égide.

Nothing here starts a thread (the daemon forks: threads would not follow) and pyarrow, which
starts some, is not imported. If loading fails here, the workers load the engine themselves and
report the failure as usual.
"""

from __future__ import annotations

from pyspark import daemon


def _preload() -> None:
    try:
        from egide.batch.backends import spark  # noqa: F401 (what a task's function brings in)
        from egide.detect import DetectConfig, Detector

        Detector(DetectConfig())  # loads and keeps the lexicons; a worker's engine reuses them
    except Exception:  # the workers load it themselves and say what fails
        pass


if __name__ == "__main__":
    _preload()
    daemon.manager()
