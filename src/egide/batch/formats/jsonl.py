"""JSON Lines: one object per line; the chosen keys holding strings are rewritten, the rest kept.

Keys keep their order; blank lines are kept. A line that is not a JSON object, or invalid UTF-8,
makes the whole file fail (``invalid_json``, ``invalid_encoding``). A record without a chosen key,
or with a non-string value there, has nothing to de-identify under that key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from egide.batch.formats import Columns
from egide.batch.records import FileFailure, Record


@dataclass
class Table:
    layout: None
    records: Iterator[Record]


def _person(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list) or value == "":
        return None
    return str(value)


def read(path: Path, columns: Columns) -> Table:
    def records() -> Iterator[Record]:
        with path.open("rb") as stream:
            for number, raw in enumerate(stream, start=1):
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise FileFailure("invalid_encoding", f"ligne {number} : pas en UTF-8") from None
                if not line.strip():
                    yield Record(number, {}, None, None, {"blank": line})
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise FileFailure(
                        "invalid_json", f"ligne {number} : JSON invalide (colonne {exc.colno})"
                    ) from None
                if not isinstance(value, dict):
                    raise FileFailure("invalid_json", f"ligne {number} : un objet JSON est attendu")
                texts = {k: value[k] for k in columns.text if isinstance(value.get(k), str)}
                person = _person(value.get(columns.person)) if columns.person is not None else None
                yield Record(number, texts, person, value)

    return Table(None, records())


def write(stream: IO[str], layout: None, records: Iterator[Record]) -> None:
    for record in records:
        if record.rest is None:
            stream.write(record.extra["blank"])
            continue
        value = dict(record.rest)
        value.update(record.texts)
        stream.write(json.dumps(value, ensure_ascii=False) + "\n")
