"""What readers produce and writers consume: one record (a document) of a file.

A reader validates as it goes and raises :class:`FileFailure` with a reason code (never content);
the backend then drops the file's temporary output and counts the failure under that reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class FileFailure(Exception):
    """A file that cannot be de-identified: skipped, counted under ``reason``, the run goes on."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass
class Record:
    """One document: the texts to de-identify (by column), its person key and what the writer keeps.

    ``number`` is the 1-based row or line in the file (1 for a whole text file); ``rest`` is opaque
    to everything but the format that read it (the other cells of a row, the other keys of a line).
    """

    number: int
    texts: dict[str, str]
    person: str | None = None
    rest: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
