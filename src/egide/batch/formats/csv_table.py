"""CSV files: the header names the columns; only the chosen text columns are rewritten.

The delimiter (``,`` ``;`` tab ``|``), the line ending and a leading byte-order mark are read from the
input and kept, so that the output opens in the same tools as the input. A row with another number
of cells than the header, a NUL byte or invalid UTF-8 makes the whole file fail (``invalid_csv``,
``invalid_encoding``): a table half de-identified is never written.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from egide.batch.formats import Columns
from egide.batch.records import FileFailure, Record

_SNIFF_BYTES = 64 * 1024
_DELIMITERS = ",;\t|"


@dataclass(frozen=True)
class Layout:
    header: list[str]
    delimiter: str
    lineterminator: str
    bom: bool


@dataclass
class Table:
    layout: Layout
    records: Iterator[Record]


def _sniff(path: Path) -> tuple[str, str, bool]:
    with path.open("rb") as stream:
        head = stream.read(_SNIFF_BYTES)
    bom = head.startswith(codecs.BOM_UTF8)
    first_line = head.split(b"\n", 1)[0]
    lineterminator = "\r\n" if first_line.endswith(b"\r") else "\n"
    text = first_line.decode("utf-8", errors="replace")
    # The header decides: the candidate that occurs most in it (ties: the first in the list).
    delimiter = max(_DELIMITERS, key=text.count) if any(d in text for d in _DELIMITERS) else ","
    return delimiter, lineterminator, bom


def read(path: Path, columns: Columns) -> Table:
    delimiter, lineterminator, bom = _sniff(path)
    stream = path.open("r", encoding="utf-8-sig" if bom else "utf-8", errors="strict", newline="")
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as exc:
        stream.close()
        raise _failure(exc, 1) from None
    if not header:
        stream.close()
        raise FileFailure("invalid_csv", "fichier CSV sans ligne d'en-tête")
    # A collection mixes tables: each takes the chosen text columns it has, and needs at least one.
    present = [c for c in columns.text if c in header]
    if not present:
        stream.close()
        raise FileFailure(
            "missing_column", f"aucune des colonnes de texte dans l'en-tête : {', '.join(columns.text)}"
        )
    if columns.person is not None and columns.person not in header:
        stream.close()
        raise FileFailure("missing_column", f"colonne de la personne absente de l'en-tête : {columns.person}")
    text_at = {name: header.index(name) for name in present}
    person_at = header.index(columns.person) if columns.person is not None else None

    def records() -> Iterator[Record]:
        with stream:
            number = 1
            try:
                for row in reader:
                    number = reader.line_num
                    if len(row) != len(header):
                        raise FileFailure(
                            "invalid_csv",
                            f"ligne {number} : {len(row)} cellules pour {len(header)} colonnes",
                        )
                    person = row[person_at] if person_at is not None and row[person_at] else None
                    yield Record(number, {n: row[i] for n, i in text_at.items()}, person, row)
            except (csv.Error, UnicodeDecodeError) as exc:
                raise _failure(exc, number + 1) from None

    return Table(Layout(header, delimiter, lineterminator, bom), records())


def _failure(exc: Exception, line: int) -> FileFailure:
    if isinstance(exc, UnicodeDecodeError):
        return FileFailure("invalid_encoding", f"pas en UTF-8 (vers la ligne {line})")
    return FileFailure("invalid_csv", f"CSV invalide vers la ligne {line}")


def write(stream: IO[str], layout: Layout, records: Iterator[Record]) -> None:
    if layout.bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, delimiter=layout.delimiter, lineterminator=layout.lineterminator)
    writer.writerow(layout.header)
    for record in records:
        row = list(record.rest)
        for name, text in record.texts.items():
            row[layout.header.index(name)] = text
        writer.writerow(row)
