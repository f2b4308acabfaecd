"""What a run did, in counts only: files, documents, characters, findings by category, failures by
reason. Never a value, a person key or a file's content."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from egide.batch.job import FileResult


@dataclass
class WorkerTime:
    """The CPU time of one worker process (seconds): before its first file (start-up: for a pool's
    worker, building its engine), on its files, and in all when it finished its last file."""

    files: int = 0
    startup_s: float = float("inf")
    files_s: float = 0.0
    total_s: float = 0.0

    @property
    def other_s(self) -> float:
        """Neither start-up nor files: receiving work, sending results back."""
        return self.total_s - self.startup_s - self.files_s


@dataclass
class Summary:
    files_done: int = 0
    files_skipped: int = 0
    files_failed: int = 0
    files_ignored: int = 0
    documents: int = 0
    characters: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    #: The most memory one worker used (KiB); not in ``to_dict``: it depends on the backend.
    peak_worker_kib: int = 0
    #: CPU time by worker process (by process id); not in ``to_dict`` either: for benchmarks.
    workers: dict[int, WorkerTime] = field(default_factory=dict)

    def add(self, result: FileResult) -> None:
        self.peak_worker_kib = max(self.peak_worker_kib, result.peak_kib)
        if result.worker:  # results come in any order: min and max, not first and last
            time = self.workers.setdefault(result.worker, WorkerTime())
            time.files += 1
            time.startup_s = min(time.startup_s, result.worker_cpu_s - result.cpu_s)
            time.files_s += result.cpu_s
            time.total_s = max(time.total_s, result.worker_cpu_s)
        if result.status == "skipped":
            self.files_skipped += 1
        elif result.status == "failed":
            self.files_failed += 1
            self.failures[result.reason or "unknown"] += 1
        else:
            self.files_done += 1
            self.documents += result.documents
            self.characters += result.characters
            self.findings.update(result.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": {
                "done": self.files_done,
                "skipped_already_done": self.files_skipped,
                "failed": self.files_failed,
                "ignored_unsupported": self.files_ignored,
            },
            "documents": self.documents,
            "characters": self.characters,
            "findings": dict(sorted(self.findings.items())),
            "failures": dict(sorted(self.failures.items())),
        }
