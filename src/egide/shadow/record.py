"""The one shape every log format is parsed into.

égide works at host level: an HTTPS request through a proxy usually shows only ``CONNECT host:443``,
and keeping paths or query strings would copy personal data (and sometimes patient identifiers) out
of the proxy logs. A record therefore carries the raw authority (``host[:port]``) and never a path.
"""

from __future__ import annotations

from typing import NamedTuple


class Record(NamedTuple):
    """One request seen by the proxy."""

    ts: float  # seconds since the epoch, UTC
    client: str  # client address as logged
    user: str  # authenticated user name, "" when the proxy logged none
    authority: str  # host[:port], possibly with user info; normalised by ``egide.shadow.hosts``
    sent: int | None  # bytes from the client to the destination (uploads); None when the format has none
    received: int | None  # bytes from the destination to the client
    blocked: bool  # the proxy refused the request


class MalformedLine(ValueError):
    """A line that does not follow its format; counted and sampled, never fatal."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
