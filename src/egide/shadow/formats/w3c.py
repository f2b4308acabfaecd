"""W3C extended log format (Blue Coat ProxySG, Microsoft TMG/ISA, and others).

Directives start with ``#``; ``#Fields:`` names the space-separated fields of the following lines
(https://www.w3.org/TR/WD-logfile.html). A Blue Coat ``main`` line looks like::

    #Fields: date time time-taken c-ip sc-status s-action sc-bytes cs-bytes cs-method cs-uri-scheme cs-host ...
    2005-05-04 17:16:12 2 45.110.2.82 200 TCP_HIT 941 729 GET http www.yahoo.com ...

Values containing spaces are in double quotes; ``-`` means empty; ``date`` and ``time`` are UTC.
Unlike Squid's native format, W3C logs usually carry ``cs-bytes``: the bytes the client uploaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from egide.shadow.formats.base import AUTH_CHALLENGE, is_blocked, size
from egide.shadow.formats.timestamps import ClfTime, W3cTime, epoch
from egide.shadow.record import MalformedLine, Record

_TOKEN = re.compile(r'"(?:[^"]|"")*"|\S+')

_HOST_FIELDS = ("cs-host", "cs-uri-host", "r-host", "x-cs-host")
_URL_FIELDS = ("cs-uri", "cs-url", "r-uri", "cs-uri-stem")
_USER_FIELDS = ("cs-username", "cs-user", "c-username")
_ACTION_FIELDS = ("s-action", "sc-filter-result", "x-action")


@dataclass(frozen=True, slots=True)
class _Layout:
    count: int
    date: int | None
    time: int | None
    stamp: int | None  # localtime / gmttime in brackets
    unix: int | None
    host: int | None
    url: int | None
    method: int | None
    user: int | None
    client: int | None
    sent: int | None
    received: int | None
    status: int | None
    actions: tuple[int, ...]


def _first(names: list[str], candidates: tuple[str, ...]) -> int | None:
    for candidate in candidates:
        if candidate in names:
            return names.index(candidate)
    return None


def layout(fields: list[str]) -> _Layout:
    names = [field.lower() for field in fields]
    result = _Layout(
        count=len(names),
        date=_first(names, ("date",)),
        time=_first(names, ("time",)),
        stamp=_first(names, ("localtime", "gmttime")),
        unix=_first(names, ("x-timestamp-unix", "timestamp")),
        host=_first(names, _HOST_FIELDS),
        url=_first(names, _URL_FIELDS),
        method=_first(names, ("cs-method",)),
        user=_first(names, _USER_FIELDS),
        client=_first(names, ("c-ip", "c-dns")),
        sent=_first(names, ("cs-bytes",)),
        received=_first(names, ("sc-bytes",)),
        status=_first(names, ("sc-status",)),
        actions=tuple(i for i, name in enumerate(names) if name in _ACTION_FIELDS),
    )
    has_time = (result.date is not None and result.time is not None) or result.stamp is not None
    if not (has_time or result.unix is not None):
        raise MalformedLine("#Fields: ne nomme ni date ni heure")
    if result.host is None and result.url is None:
        raise MalformedLine("#Fields: ne nomme ni hôte de destination ni URL")
    return result


def _unquote(token: str) -> str:
    if len(token) >= 2 and token[0] == '"' and token[-1] == '"':
        return token[1:-1].replace('""', '"')
    return token


class W3cParser:
    name: ClassVar[str] = "w3c"

    def __init__(self) -> None:
        self._layout: _Layout | None = None
        self._w3c_time = W3cTime()
        self._clf_time = ClfTime()

    def parse(self, line: str) -> Record | None:
        line = line.rstrip("\r\n")
        if not line.strip():
            return None
        if line.startswith("#"):
            if line[:8].lower() == "#fields:":
                self._layout = layout(line[8:].split())
            return None
        spec = self._layout
        if spec is None:
            raise MalformedLine("données avant toute directive #Fields:")
        tokens = line.split("\t") if "\t" in line else [_unquote(t) for t in _TOKEN.findall(line)]
        if len(tokens) != spec.count:
            raise MalformedLine("nombre de champs différent de #Fields:")
        if _get(tokens, spec.status) == AUTH_CHALLENGE:
            return None
        return Record(
            self._timestamp(spec, tokens),
            _get(tokens, spec.client),
            _get(tokens, spec.user),
            _authority(spec, tokens),
            size(tokens[spec.sent]) if spec.sent is not None else None,
            size(tokens[spec.received]) if spec.received is not None else None,
            is_blocked(_get(tokens, spec.status), " ".join(tokens[i] for i in spec.actions)),
        )

    def _timestamp(self, spec: _Layout, tokens: list[str]) -> float:
        if spec.date is not None and spec.time is not None:
            return self._w3c_time(tokens[spec.date], tokens[spec.time])
        if spec.stamp is not None:
            return self._clf_time(tokens[spec.stamp].strip("[]"))
        if spec.unix is None:  # layout() refuses such a #Fields: line; kept for the type checker
            raise MalformedLine("horodatage invalide")
        return epoch(tokens[spec.unix])


def _get(tokens: list[str], index: int | None) -> str:
    if index is None:
        return ""
    value = tokens[index]
    return "" if value == "-" else value


def _authority(spec: _Layout, tokens: list[str]) -> str:
    host = _get(tokens, spec.host)
    if host:
        return host
    url = _get(tokens, spec.url)
    if "://" in url:
        return url.split("/", 3)[2]
    if url and (_get(tokens, spec.method).upper() == "CONNECT" or "/" not in url):
        return url  # CONNECT host:443
    raise MalformedLine("pas d'hôte de destination")
