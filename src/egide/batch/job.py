"""A batch job: what to read, where to write, how to de-identify; and the work on one file.

The job is plain data (it crosses process boundaries); :func:`process_file` is the whole work on one
file, the same on every backend: skip it when its output already exists (outputs appear complete or
not at all, see :mod:`egide.batch.atomic`), else read, de-identify and write it atomically. Every
problem with one file is a :class:`FileResult` with a reason code; nothing in it quotes the file.
"""

from __future__ import annotations

import errno
import os
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from egide.batch.atomic import atomic_path, atomic_writer
from egide.batch.deidentify import Deidentifier
from egide.batch.formats import SUFFIXES, Columns, csv_table, docx, html, jsonl, parquet, pdf, text
from egide.batch.records import FileFailure, Record
from egide.detect import DetectConfig
from egide.errors import EgideError, InputError


@dataclass(frozen=True)
class Job:
    source: Path
    target: Path
    operator: str
    columns: Columns
    secret: bytes = field(repr=False)
    detect: DetectConfig = field(default_factory=DetectConfig)


@dataclass(frozen=True)
class Task:
    """One file: its path in the collection (``relative``, POSIX form), where it is read and written."""

    relative: str
    source: Path
    target: Path
    kind: str


@dataclass
class FileResult:
    relative: str
    status: str  # "done", "skipped" (output already there) or "failed"
    documents: int = 0
    characters: int = 0
    findings: dict[str, int] = field(default_factory=dict)
    reason: str | None = None
    message: str | None = None
    #: The most memory the process that did the file had used so far (KiB): for benchmarks.
    peak_kib: int = 0
    #: For benchmarks too: the process that did the file, the CPU time the file took there and
    #: that process's CPU time when it was done (start-up, every file before, this one), in seconds.
    worker: int = 0
    cpu_s: float = 0.0
    worker_cpu_s: float = 0.0


def peak_kib() -> int:
    """This process's peak resident memory so far, in KiB (Linux counts ``ru_maxrss`` in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _inside(a: Path, b: Path) -> bool:
    return a == b or b in a.parents


def _output(path: Path, kind: str) -> Path:
    """Where a file's output goes: the same path, or for a page, a PDF or a Word file its text
    beside it (« x.html.txt », « x.pdf.txt »)."""
    return path.with_name(path.name + getattr(FORMATS[kind], "OUTPUT_SUFFIX", ""))


#: Format name → its module: ``pieces`` for documents (``DOCUMENT``), else ``read`` and ``write``.
FORMATS: dict[str, Any] = {
    "text": text, "html": html, "pdf": pdf, "docx": docx, "csv": csv_table, "jsonl": jsonl, "parquet": parquet,
}  # fmt: skip


def plan(job: Job) -> tuple[list[Task], int]:
    """The files to process, in a stable order, and the number of other files left out.

    Refuses (:class:`InputError`) a missing input and an output inside the input or the other way
    round: the input is never overwritten, and an output is never read back as input.
    """
    source = job.source.resolve()
    target = job.target.resolve()
    if not source.exists():
        raise InputError(f"entrée introuvable : {job.source}")
    if _inside(target, source) or _inside(source, target):
        raise InputError("la sortie ne peut pas être dans l'entrée (ni l'entrée dans la sortie)")
    if source.is_file():
        kind = SUFFIXES.get(source.suffix.lower())
        if kind is None:
            raise InputError(f"type de fichier non pris en charge : {source.suffix or '(sans extension)'}")
        if target.is_dir():
            raise InputError("l'entrée est un fichier : la sortie doit être un fichier, pas un dossier")
        return [Task(source.name, source, target, kind)], 0  # a single file: written where asked
    if target.exists() and not target.is_dir():
        raise InputError("l'entrée est un dossier : la sortie doit être un dossier")
    tasks: list[Task] = []
    ignored = 0
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        relative = path.relative_to(source)
        if any(part.startswith(".") for part in relative.parts):
            continue  # hidden files and folders (.git, editors' files) are not documents
        kind = SUFFIXES.get(path.suffix.lower())
        if kind is None:
            ignored += 1
            continue
        tasks.append(Task(relative.as_posix(), path, _output(target / relative, kind), kind))
    return tasks, ignored


#: De-identifies a table's records elsewhere, in order: (records, the file's relative path, the
#: findings by label to add to) → the records de-identified. The ``processes`` backend spreads a
#: big table's rows over its workers with one (see :mod:`egide.batch.backends.processes`).
RecordsMap = Callable[[Iterator[Record], str, Counter[str]], Iterator[Record]]


def is_table(task: Task) -> bool:
    """A file of records (CSV, JSONL, Parquet), each de-identified on its own, not one document."""
    return not getattr(FORMATS[task.kind], "DOCUMENT", False)


def process_file(
    deidentifier: Deidentifier, columns: Columns, task: Task, records_map: RecordsMap | None = None
) -> FileResult:
    """The whole work on one file; a table's records go through ``records_map`` when given."""
    start = time.process_time()
    result = _process(deidentifier, columns, task, records_map)
    result.worker_cpu_s = time.process_time()
    result.cpu_s = result.worker_cpu_s - start
    result.worker = os.getpid()
    result.peak_kib = peak_kib()
    return result


def _process(
    deidentifier: Deidentifier, columns: Columns, task: Task, records_map: RecordsMap | None
) -> FileResult:
    if task.target.exists():
        return FileResult(task.relative, "skipped")
    result = FileResult(task.relative, "done")
    found: Counter[str] = Counter()
    fmt = FORMATS[task.kind]

    def read(records: Iterator[Record]) -> Iterator[Record]:
        for record in records:
            result.documents += record.rest is not None  # a blank JSONL line is not a document
            result.characters += sum(len(t) for t in record.texts.values())
            yield record

    def deidentified(records: Iterator[Record]) -> Iterator[Record]:
        if records_map is not None:
            return records_map(read(records), task.relative, found)
        return (deidentifier.record(record, task.relative, found) for record in read(records))

    def counted(pieces: Iterator[str]) -> Iterator[str]:
        for piece in pieces:
            result.characters += len(piece)
            yield piece

    try:
        if not is_table(task):  # one document, streamed through: never whole in memory
            pseudonymiser = deidentifier.pseudonymiser(deidentifier.scope(Record(1, {}), task.relative))
            with atomic_writer(task.target) as stream:
                for piece in deidentifier.stream(counted(fmt.pieces(task.source)), pseudonymiser, found):
                    stream.write(piece)
            result.documents = 1
        elif getattr(fmt, "BINARY", False):
            table = fmt.read(task.source, columns)
            with atomic_path(task.target) as temporary:
                fmt.write_path(temporary, table.layout, deidentified(table.records))
        else:
            table = fmt.read(task.source, columns)
            with atomic_writer(task.target) as stream:
                fmt.write(stream, table.layout, deidentified(table.records))
    except FileFailure as exc:
        return FileResult(task.relative, "failed", reason=exc.reason, message=exc.message)
    except EgideError as exc:  # detection failed or timed out: fail closed, nothing written
        return FileResult(task.relative, "failed", reason=exc.code, message=exc.message)
    except OSError as exc:
        reason = "unreadable" if exc.errno in (errno.EACCES, errno.ENOENT, errno.EISDIR) else "io_error"
        return FileResult(task.relative, "failed", reason=reason, message=exc.strerror or type(exc).__name__)
    result.findings = dict(sorted(found.items()))
    return result
