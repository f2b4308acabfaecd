"""Parquet files (needs ``pyarrow``): the chosen string columns are rewritten, the schema is kept.

Read by batches of rows (never the whole file), written by row groups of the same size with the
input's schema (its metadata included) and the compression of its first column. A file pyarrow
cannot read is ``invalid_parquet``; a text column that is not of a string type, ``missing_column``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from egide.batch.formats import Columns
from egide.batch.records import FileFailure, Record

#: Rows per read batch and per written row group, at most ...
BATCH_ROWS = 2048
#: ... and fewer when rows are wide: a batch holds about this many bytes (uncompressed), whatever
#: the width of the rows, so memory stays bounded for a table of scanned letters too.
BATCH_BYTES = 32 * 1024 * 1024
#: Read through a buffer of this size, page by page, never a whole row group at once.
READ_BUFFER = 8 * 1024 * 1024
#: Written with a path, not a text stream (see :func:`egide.batch.atomic.atomic_path`).
BINARY = True


@dataclass(frozen=True)
class Layout:
    schema: Any
    compression: str
    #: The chosen text columns this file has (all of string type).
    text_columns: tuple[str, ...] = ()
    #: Rows per batch read and per row group written (see ``BATCH_BYTES``).
    batch_rows: int = BATCH_ROWS


def batch_rows(metadata: Any) -> int:
    """Rows per batch for a file: ``BATCH_ROWS``, fewer when its rows are wide."""
    rows = metadata.num_rows
    size = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    if not rows or not size:
        return BATCH_ROWS
    return max(1, min(BATCH_ROWS, int(BATCH_BYTES * rows // size)))


def person_key(value: Any) -> str | None:
    """The person key of a cell as every backend reads it (Spark's executors too)."""
    return None if value is None or value == "" else str(value)


def record(number: int, row: dict[str, Any], text_columns: tuple[str, ...], person: str | None) -> Record:
    """Row ``number`` (1-based) as a record: its non-null texts, its person key, the row itself."""
    texts = {c: row[c] for c in text_columns if isinstance(row[c], str)}
    return Record(number, texts, person_key(row[person]) if person is not None else None, row)


@dataclass
class Table:
    layout: Layout
    records: Iterator[Record]


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise FileFailure(
            "parquet_unavailable", "lire du Parquet demande pyarrow (pip install pyarrow)"
        ) from None
    return pa, pq


def read(path: Path, columns: Columns) -> Table:
    pa, pq = _pyarrow()
    try:
        source = pq.ParquetFile(path, buffer_size=READ_BUFFER, pre_buffer=False)
    except (pa.ArrowException, OSError):
        raise FileFailure("invalid_parquet", "fichier Parquet illisible") from None
    schema = source.schema_arrow
    present = [c for c in columns.text if c in schema.names]
    if not present:
        raise FileFailure(
            "missing_column", f"aucune des colonnes de texte dans le schéma : {', '.join(columns.text)}"
        )
    for name in present:
        kind = schema.field(name).type
        if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            raise FileFailure("missing_column", f"la colonne {name} n'est pas du texte")
    if columns.person is not None and columns.person not in schema.names:
        raise FileFailure("missing_column", f"colonne de la personne absente du schéma : {columns.person}")
    metadata = source.metadata
    compression = "snappy"
    if metadata.num_row_groups and metadata.num_columns:
        compression = str(metadata.row_group(0).column(0).compression).lower()
        compression = "none" if compression == "uncompressed" else compression

    rows = batch_rows(metadata)

    def records() -> Iterator[Record]:
        number = 0
        try:
            for batch in source.iter_batches(batch_size=rows):
                for row in batch.to_pylist():
                    number += 1
                    yield record(number, row, tuple(present), columns.person)
        except (pa.ArrowException, OSError):
            raise FileFailure("invalid_parquet", f"Parquet illisible vers la ligne {number + 1}") from None

    return Table(Layout(schema, compression, tuple(present), rows), records())


def write_path(path: Path, layout: Layout, records: Iterator[Record]) -> None:
    pa, pq = _pyarrow()
    with pq.ParquetWriter(path, layout.schema, compression=layout.compression) as writer:
        rows: list[dict[str, Any]] = []
        for record in records:
            rows.append({**record.rest, **record.texts})
            if len(rows) == layout.batch_rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=layout.schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=layout.schema))
