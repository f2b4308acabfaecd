"""CSV and TSV proxy feeds read through a :class:`~egide.shadow.formats.fieldmap.FieldMap`."""

from __future__ import annotations

import csv
import re
from typing import ClassVar
from zoneinfo import ZoneInfo

from egide.errors import InputError
from egide.shadow.formats.base import AUTH_CHALLENGE, is_blocked, size
from egide.shadow.formats.fieldmap import FieldMap
from egide.shadow.formats.timestamps import FlexibleTime
from egide.shadow.record import MalformedLine, Record

_CANDIDATES = (",", "\t", ";", "|")
_TOKEN = re.compile(r'"(?:[^"]|"")*"|\S+')


def sniff_delimiter(line: str) -> str:
    """The most frequent of comma, tab, semicolon and pipe outside quotes."""
    outside = re.sub(r'"(?:[^"]|"")*"', "", line)
    counts = {candidate: outside.count(candidate) for candidate in _CANDIDATES}
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


class DelimitedParser:
    name: ClassVar[str] = "csv"

    def __init__(self, field_map: FieldMap, zone: ZoneInfo) -> None:
        self._map = field_map
        self._time = FlexibleTime(zone, field_map.time_format)
        self._delimiter = field_map.delimiter
        self._index: dict[str, int] | None = None if field_map.expects_header() else self._numbered()
        self._width = 0 if self._index is None else max(self._index.values()) + 1

    def _numbered(self) -> dict[str, int]:
        for key, value in self._map.columns.items():
            if not value.isdigit():
                raise InputError(
                    f"correspondance des champs : `{key}={value}` nomme une colonne mais le flux n'a pas d'en-tête",
                    param="field_map",
                )
        return {key: int(value) - 1 for key, value in self._map.columns.items()}

    def _split(self, line: str) -> list[str]:
        if self._delimiter is None:
            self._delimiter = sniff_delimiter(line)
        if self._delimiter == " ":
            return [t[1:-1].replace('""', '"') if t.startswith('"') else t for t in _TOKEN.findall(line)]
        return next(csv.reader([line], delimiter=self._delimiter))

    def parse(self, line: str) -> Record | None:
        line = line.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            return None
        row = self._split(line)
        if self._index is None:
            self._read_header(row)
            return None
        if len(row) < self._width:
            raise MalformedLine("trop peu de champs")
        index = self._index

        def get(key: str) -> str:
            position = index.get(key)
            if position is None:
                return ""
            value = row[position].strip()
            return "" if value == "-" else value

        if get("status") == AUTH_CHALLENGE:
            return None
        authority = get("host")
        if not authority:
            url = get("url")
            # Zscaler's eurl has no scheme: www.example.com/path
            authority = url.split("/", 3)[2] if "://" in url else url.split("/", 1)[0]
        if not authority:
            raise MalformedLine("pas d'hôte de destination")
        return Record(
            self._time(get("time")),
            get("client"),
            get("user"),
            authority,
            size(get("sent")) if "sent" in index else None,
            size(get("received")) if "received" in index else None,
            is_blocked(get("status"), get("action")),
        )

    def _read_header(self, row: list[str]) -> None:
        lowered = [name.strip().lower() for name in row]
        index: dict[str, int] = {}
        for key, value in self._map.columns.items():
            if value.isdigit():
                index[key] = int(value) - 1
            elif value.lower() in lowered:
                index[key] = lowered.index(value.lower())
            else:
                raise InputError(
                    f"correspondance des champs : l'en-tête n'a pas de colonne {value!r} (pour `{key}`)",
                    param="field_map",
                )
        self._index = index
        self._width = max(index.values()) + 1
