"""Squid's native ``access.log`` format.

    time elapsed remotehost code/status bytes method URL rfc931 peerstatus/peerhost type

e.g. ``1286536309.186    140 192.168.0.68 TCP_MISS/200 1484 CONNECT www.google.com:443 - DIRECT/74.125.224.81 -``
(https://wiki.squid-cache.org/Features/LogFormat). ``bytes`` is the size of the reply sent to the
client: the native format logs no request size, so uploads are unknown (``sent`` is ``None``); a
``logformat`` with ``%>st`` read through the delimited parser gives them.

This is the format of the multi-gigabyte logs, so it has a fast path, :meth:`SquidParser.read_all`,
that builds a :class:`Record` only for lines whose host the caller wants; :meth:`SquidParser.parse`
runs the very same code on one line, so both paths cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, ClassVar
from urllib.parse import unquote

from egide.shadow.formats.base import AUTH_CHALLENGE
from egide.shadow.record import MalformedLine, Record

#: A native line, used only to recognise the format.
SNIFF = re.compile(
    r"^\d{9,11}\.\d{1,6}\s+-?\d+\s+\S+\s+[A-Z_]+/\d{3}\s+\d+\s+[A-Za-z_-]+\s+\S+\s+\S+\s+\S+/\S+"
)

_new = tuple.__new__
_INFINITY = float("inf")
_MISSING = object()


class Counts:
    """What a pass over lines saw."""

    __slots__ = ("first", "ignored", "last", "lines", "malformed", "records")

    def __init__(self) -> None:
        self.lines = self.records = self.ignored = self.malformed = 0
        self.first, self.last = _INFINITY, -_INFINITY


def _record(parts: list[str], ts: float, authority: str) -> Record:
    user = parts[7]
    if user == "-":
        user = ""
    elif "%" in user:  # Squid URL-encodes user names
        user = unquote(user)
    result = parts[3]
    blocked = result.endswith("/403") or "DENIED" in result
    return _new(Record, (ts, parts[2], user, authority, None, int(parts[4]), blocked))


class SquidParser:
    name: ClassVar[str] = "squid"

    def read_all(
        self,
        lines: Iterable[str],
        counts: Counts,
        cache: dict[str, Any],
        classify: Callable[[str], Any],
        emit: Callable[[Any, Record], None],
        malformed: Callable[[int, str, str], None],
    ) -> None:
        """Parse ``lines``; ``emit`` each record whose authority ``cache`` or ``classify`` maps to something.

        ``cache`` is read here (a dictionary lookup is much cheaper than a call on every line);
        ``classify`` is called on a miss and is expected to fill the cache.
        """
        number = counts.lines
        records = ignored = bad = 0
        first, last = counts.first, counts.last
        for line in lines:
            number += 1
            parts = line.split()
            # The common case runs straight through; every check below is a C-level string method.
            try:
                result, received, method, url = parts[3], parts[4], parts[5], parts[6]
                parts[9]
            except IndexError:
                if not parts or line[0] == "#":
                    ignored += 1
                else:
                    bad += 1
                    malformed(number, "trop peu de champs", line)
                continue
            status = result[-3:]
            if result[-4:-3] != "/" or not status.isdigit():
                bad += 1
                malformed(number, "code de résultat invalide", line)
                continue
            if status == AUTH_CHALLENGE:
                ignored += 1  # a proxy authentication challenge, repeated before authenticated requests
                continue
            if not received.isdecimal():  # what int() accepts (isdigit() would let "²" through)
                bad += 1
                malformed(number, "nombre d'octets invalide", line)
                continue
            try:
                ts = float(parts[0])
            except ValueError:
                bad += 1
                malformed(number, "horodatage invalide", line)
                continue
            if method == "CONNECT":
                authority = url
            elif url.startswith("error:"):  # e.g. error:invalid-request: refused before naming a destination
                ignored += 1
                continue
            else:
                # scheme://authority/path: two searches, no list (paths and query strings can be long)
                start = url.find("://") + 3
                if start < 4:
                    bad += 1
                    malformed(number, "pas d'hôte de destination", line)
                    continue
                end = url.find("/", start)
                authority = url[start:end] if end >= 0 else url[start:]
            records += 1
            if ts < first:
                first = ts
            if ts > last:
                last = ts
            target = cache.get(authority, _MISSING)
            if target is _MISSING:
                target = classify(authority)
            if target is not None:
                emit(target, _record(parts, ts, authority))
        counts.lines = number
        counts.records += records
        counts.ignored += ignored
        counts.malformed += bad
        counts.first, counts.last = first, last

    def parse(self, line: str) -> Record | None:
        found: list[Record] = []
        problems: list[str] = []
        self.read_all(
            [line],
            Counts(),
            {},
            lambda authority: authority,
            lambda _target, record: found.append(record),
            lambda _number, reason, _line: problems.append(reason),
        )
        if problems:
            raise MalformedLine(problems[0])
        return found[0] if found else None
