"""Restoration of a stream: chunks may split a replacement anywhere (« <NO », « M_1> »).

Each ``feed`` releases at once everything that can no longer be part of a replacement and holds
back only the suffix that still could: the suffix starting at the leftmost position from which a
replacement could run to the end of what has arrived (:meth:`Matcher.hold_from`: partial matching
for placeholders and dates, the surrogate index for surrogates). Nothing waits for the end.

Why the output equals ``restore(whole text)`` for every way of cutting the text: the scan decides
at each position from the characters of that position's match and one character after it; a
position before the held suffix is not live, so no continuation can change what is decided there.
The held suffix is scanned again, from the same position, once more text has arrived. The tests
check every split point and random multi-splits.
"""

from __future__ import annotations

from egide.transform.mapping import Mapping
from egide.transform.restore import Matcher, json_escape


class StreamRestorer:
    """Restores one stream (a message's content, or one tool call's arguments when ``json_string``).

    With ``json_string=True`` the text is the inside of a JSON document or string as it streams
    (OpenAI tool-call ``arguments``): restored values are JSON-escaped, so an original holding a
    quote or a backslash keeps the arguments valid JSON.
    """

    def __init__(self, mapping: Mapping, json_string: bool = False, matcher: Matcher | None = None) -> None:
        self._mapping = mapping
        self._json = json_string
        self._matcher = matcher
        self._pending = ""
        self._before = ""  # the last character released: the scan looks one character back

    def _current(self) -> Matcher:
        if self._matcher is None or self._matcher.version != self._mapping.version:
            self._matcher = Matcher(self._mapping)
        return self._matcher

    @property
    def held(self) -> str:
        """What is held back at this point (for tests and metrics)."""
        return self._pending

    def _restore(self, matcher: Matcher, text: str, start: int, stop: int) -> tuple[str, int]:
        out: list[str] = []
        last = start
        for found in matcher.scan(text, start, stop):
            out.append(text[last : found.start])
            out.append(json_escape(found.original) if self._json else found.original)
            last = found.end
        cut = max(stop, last)
        out.append(text[last:cut])
        return "".join(out), cut

    def feed(self, chunk: str) -> str:
        if not chunk:
            return ""
        matcher = self._current()
        if matcher.empty and not self._pending:
            self._before = chunk[-1]
            return chunk
        text = self._before + self._pending + chunk
        start = len(self._before)
        out, cut = self._restore(matcher, text, start, matcher.hold_from(text, start))
        self._pending = text[cut:]
        if cut > start:
            self._before = text[cut - 1]
        return out

    def flush(self) -> str:
        """The end of the stream: whatever was held, restored."""
        text = self._before + self._pending
        start = len(self._before)
        out, _ = self._restore(self._current(), text, start, len(text))
        self._pending = ""
        if text:
            self._before = text[-1]
        return out
