"""Readers and writers, one module per file type; they know files, never detection or backends.

A document format (``DOCUMENT = True``: text, page, PDF, Word) has ``pieces(path)``, its text piece
by piece, written out as text. A table format has ``read(path, columns) -> Table`` (a layout plus an
iterator of records, validated as it is read) and ``write(stream, layout, records)`` (or
``write_path`` when ``BINARY``); the output has the input's layout, with only the texts of the chosen
columns replaced.
"""

from __future__ import annotations

from dataclasses import dataclass

#: File suffix → format name; other files of a folder are left out (and counted as ignored).
SUFFIXES = {
    ".txt": "text", ".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet", ".html": "html", ".htm": "html",
    ".pdf": "pdf", ".docx": "docx",
}  # fmt: skip


@dataclass(frozen=True)
class Columns:
    """The columns (CSV) or keys (JSONL) to de-identify, and the one holding the person key."""

    text: tuple[str, ...] = ("text",)
    person: str | None = None


__all__ = ["SUFFIXES", "Columns"]
