"""De-identification of document collections: folders of text, CSV, JSONL and Parquet files.

Public API::

    from egide.batch import Columns, Job, run
    job = Job(source, target, "surrogate", Columns(text=("texte",), person="ipp"), secret=key)
    summary = run(job, backend="processes", jobs=4)   # or backend="local"
    summary.to_dict()                                 # counts only, never values

Readers and writers (:mod:`egide.batch.formats`) know files; backends (:mod:`egide.batch.backends`)
know processes; :mod:`egide.batch.deidentify` is the one place that calls the engine. ``batch``
imports ``detect``, ``transform`` and the leaf modules; the settings and the secret are read by the
command (``egide deid``), which hands them over.
"""

from egide.batch.formats import SUFFIXES, Columns
from egide.batch.job import FileResult, Job, Task, plan, process_file
from egide.batch.run import run
from egide.batch.summary import Summary

__all__ = ["SUFFIXES", "Columns", "FileResult", "Job", "Summary", "Task", "plan", "process_file", "run"]
