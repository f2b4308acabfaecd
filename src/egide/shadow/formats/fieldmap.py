"""The field map of a delimited (CSV/TSV) proxy feed.

Zscaler NSS feeds, and most cloud proxies' exports, let each customer choose which fields are
written and in which order, so the reader is told where each needed field is::

    time=datetime,user=login,url=eurl,sent=reqsize,received=respsize,client=cip,action=action

A column is named by its header (the file then starts with a header row) or by its number, counted
from 1 (the file then has no header). Options: ``delimiter=`` (``comma``, ``semicolon``, ``tab``,
``pipe``, ``space`` or the character itself), ``time_format=`` (a ``strptime`` layout; the default
recognises epoch seconds or milliseconds, ISO 8601, Zscaler's ``Mon Jun 20 15:29:11 2022`` and the
common log format), ``header=yes|no``. The map is given inline or as a file of ``key=value`` lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from egide.errors import InputError

#: The fields égide reads, and the header names it recognises without a map.
ALIASES: dict[str, tuple[str, ...]] = {
    "time": ("time", "datetime", "timestamp", "date_time", "epochtime", "eventtime", "event_time"),
    "client": (
        "cip",
        "clientip",
        "client_ip",
        "c-ip",
        "src",
        "srcip",
        "src_ip",
        "source_ip",
        "clientpublicip",
    ),
    "user": ("user", "login", "username", "user_name", "cs-username", "userid"),
    "host": ("host", "hostname", "ehost", "domain", "dst_host", "cs-host", "destination_host"),
    "url": ("url", "eurl", "uri", "request_url", "cs-uri"),
    "sent": ("reqsize", "request_size", "requestsize", "bytes_out", "bytesout", "sent", "cs-bytes", "upload"),
    "received": ("respsize", "response_size", "responsesize", "bytes_in", "bytesin", "received", "sc-bytes"),
    "status": ("status", "respcode", "response_code", "sc-status", "http_status"),
    "action": ("action", "result", "disposition", "sc-filter-result", "policy_action"),
}
_OPTIONS = ("delimiter", "time_format", "header")
_DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|", "space": " "}
_PAIR = re.compile(r"(?:^|,)\s*([a-z_]+)\s*=")


@dataclass(frozen=True)
class FieldMap:
    columns: dict[str, str] = field(default_factory=dict)  # field → header name or 1-based number
    delimiter: str | None = None
    time_format: str | None = None
    header: bool | None = None

    @property
    def by_number(self) -> bool:
        return bool(self.columns) and all(value.isdigit() for value in self.columns.values())

    def expects_header(self) -> bool:
        return self.header if self.header is not None else not self.by_number


def parse_field_map(text: str) -> FieldMap:
    """Read ``key=value`` pairs (comma-separated inline, or one per line in a file)."""
    path = Path(text)
    if "=" not in text and path.is_file():
        text = path.read_text(encoding="utf-8")
    if "\n" in text:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")]
        pairs = [tuple(part.strip() for part in ln.split("=", 1)) for ln in lines]
    else:
        marks = list(_PAIR.finditer(text))
        if not marks:
            raise InputError(
                "correspondance des champs : paires clé=valeur attendues, par exemple time=datetime,url=eurl",
                param="field_map",
            )
        pairs = []
        for mark, following in zip(marks, [*marks[1:], None], strict=True):
            end = following.start() if following is not None else len(text)
            pairs.append((mark.group(1), text[mark.end() : end].strip()))
    columns: dict[str, str] = {}
    options: dict[str, str] = {}
    for pair in pairs:
        if len(pair) != 2 or not pair[1]:
            raise InputError(
                f"correspondance des champs : {'='.join(pair)!r} n'est pas clé=valeur", param="field_map"
            )
        key, value = pair[0].lower(), pair[1]
        if key in ALIASES:
            if value.isdigit() and int(value) < 1:
                raise InputError(
                    "correspondance des champs : les numéros de colonne commencent à 1", param="field_map"
                )
            columns[key] = value
        elif key in _OPTIONS:
            options[key] = value
        else:
            known = ", ".join([*ALIASES, *_OPTIONS])
            raise InputError(
                f"correspondance des champs : clé inconnue {key!r} (connues : {known})", param="field_map"
            )
    if "time" not in columns or not ({"host", "url"} & columns.keys()):
        raise InputError(
            "correspondance des champs : `time` et `host` ou `url` sont obligatoires", param="field_map"
        )
    delimiter = options.get("delimiter")
    if delimiter is not None:
        delimiter = _DELIMITERS.get(delimiter.lower(), delimiter)
        if len(delimiter) != 1:
            raise InputError(
                "correspondance des champs : le séparateur est un caractère ou un nom (comma, tab…)",
                param="field_map",
            )
    header = options.get("header")
    return FieldMap(
        columns=columns,
        delimiter=delimiter,
        time_format=options.get("time_format"),
        header=None if header is None else header.lower() in ("yes", "true", "1", "oui"),
    )


def map_from_header(names: list[str]) -> FieldMap | None:
    """A field map from a header row whose names égide recognises, or ``None``."""
    lowered = [name.strip().strip('"').lower() for name in names]
    columns: dict[str, str] = {}
    for key, aliases in ALIASES.items():
        for alias in aliases:
            if alias in lowered:
                columns[key] = names[lowered.index(alias)].strip().strip('"')
                break
    if "time" not in columns or not ({"host", "url"} & columns.keys()):
        return None
    return FieldMap(columns=columns, header=True)
