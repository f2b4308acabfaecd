"""A ``.txt`` file is one document; its output is the same text de-identified, in UTF-8."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from egide.batch.formats import Columns
from egide.batch.records import FileFailure, Record

TEXT = "text"


@dataclass
class Table:
    layout: None
    records: Iterator[Record]


def decode(raw: bytes) -> str:
    """Strict UTF-8; a NUL byte means a binary file. Messages give positions, never content."""
    if b"\x00" in raw:
        raise FileFailure("binary", "fichier binaire (octet nul), du texte UTF-8 est attendu")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileFailure(
            "invalid_encoding", f"pas en UTF-8 (octet invalide à la position {exc.start})"
        ) from None


def read(path: Path, columns: Columns) -> Table:
    text = decode(path.read_bytes())
    return Table(None, iter([Record(1, {TEXT: text}, None, "")]))


def write(stream: IO[str], layout: None, records: Iterator[Record]) -> None:
    for record in records:
        stream.write(record.texts[TEXT])
