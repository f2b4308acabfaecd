"""Common and combined log formats (Squid, Apache ``mod_proxy``, nginx).

    %h %l %u [%t] "%r" %>s %b                                    common
    %h %l %u [%t] "%r" %>s %b "%{Referer}i" "%{User-agent}i"     combined

Squid's own ``common`` and ``combined`` logformats add `` %Ss:%Sh`` at the end, which is accepted
(https://httpd.apache.org/docs/current/logs.html, https://nginx.org/en/docs/http/ngx_http_log_module.html,
https://wiki.squid-cache.org/Features/LogFormat). A forward proxy logs an absolute URL or
``CONNECT host:443`` in the request line; a relative request (``GET /path``) names no destination and
is reported as malformed. ``%b`` is the size of the response: the request size (uploads) is unknown.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import unquote

from egide.shadow.formats.base import AUTH_CHALLENGE, is_blocked, size
from egide.shadow.formats.timestamps import ClfTime
from egide.shadow.record import MalformedLine, Record

_QUOTED = r'"((?:[^"\\]|\\.)*)"'
LINE = re.compile(
    r"^(\S+) (\S+) (\S+) \[([^\]]+)\] "
    + _QUOTED
    + r" (\d{3}|-) (\d+|-)(?: "
    + _QUOTED
    + " "
    + _QUOTED
    + r")?(?:\s.*)?$"
)
#: Used only to recognise the format.
SNIFF = re.compile(r'^\S+ \S+ \S+ \[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "')


class CommonParser:
    name: ClassVar[str] = "combined"

    def __init__(self) -> None:
        self._time = ClfTime()

    def parse(self, line: str) -> Record | None:
        match = LINE.match(line.rstrip("\r\n"))
        if match is None:
            if not line.strip() or line.startswith("#"):
                return None
            raise MalformedLine("ne suit pas la disposition common/combined")
        client, _ident, user, when, request, status, received = match.group(1, 2, 3, 4, 5, 6, 7)
        if request in ("", "-"):  # nginx logs "-" for a connection closed before any request
            return None
        if status == AUTH_CHALLENGE:
            return None
        ts = self._time(when)
        pieces = request.split(" ")
        if len(pieces) < 2:
            raise MalformedLine("ligne de requête invalide")
        method, target = pieces[0], pieces[1]
        if method == "CONNECT":
            authority = target
        else:
            parts = target.split("/", 3)
            if len(parts) < 3 or not parts[0].endswith(":") or parts[1]:
                raise MalformedLine("pas d'hôte de destination")
            authority = parts[2]
        if user == "-":
            user = ""
        elif "%" in user:
            user = unquote(user)
        return Record(ts, client, user, authority, None, size(received), is_blocked(status))
