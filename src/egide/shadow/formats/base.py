"""What every log-format parser provides."""

from __future__ import annotations

from typing import ClassVar, Protocol

from egide.shadow.record import Record


class LineParser(Protocol):
    """Turns one log line into a :class:`Record`.

    ``parse`` returns ``None`` for lines that carry no request (comments, directives, a header row,
    proxy authentication challenges) and raises :class:`~egide.shadow.record.MalformedLine` for lines
    that break the format. Parsers may keep state (the W3C ``#Fields:`` directive, a CSV header).
    """

    name: ClassVar[str]

    def parse(self, line: str) -> Record | None: ...


#: HTTP 407: the proxy asks the browser to authenticate, which then repeats the request. Not a use of
#: the destination, and ignored alike in every format (Squid, common/combined, W3C, CSV/TSV).
AUTH_CHALLENGE = "407"


def is_blocked(status: str, action: str = "") -> bool:
    """The proxy refused the request: HTTP 403 or a DENIED/BLOCKED action."""
    if status == "403":
        return True
    upper = action.upper()
    return "DENIED" in upper or "BLOCK" in upper


def size(value: str) -> int | None:
    """A byte count as logged: digits, or ``-`` (unknown)."""
    if value == "-" or value == "":
        return None
    if not value.isdecimal():  # what int() accepts (isdigit() would let "²" through)
        from egide.shadow.record import MalformedLine

        raise MalformedLine("nombre d'octets invalide")
    return int(value)
