"""Restoration of a stream: chunks may split a replacement anywhere (« <NO », « M_1> »).

Each ``feed`` releases at once everything that can no longer be part of a replacement and holds
back only the shortest suffix that still could: the suffix starting at the leftmost position from
which some replacement could run to the end of what has arrived (a partial match, found in one
search with the ``regex`` module's partial matching). Nothing waits for the end of the stream.

Why the output equals ``restore(whole text)`` for every way of cutting the text: a match that
starts before the held suffix cannot reach past the text received so far (else its start would be
live), and its lookarounds see at most one character beyond it (a rule of :mod:`restore`'s
pattern), so it is the same match the whole text gives; positions before the suffix where nothing
matches now cannot match later for the same reason. The tests check every split point.
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
        self._before = ""  # the last character released, for the pattern's one-character lookbehind

    def _current(self) -> Matcher:
        if self._matcher is None or self._matcher.version != self._mapping.version:
            self._matcher = Matcher(self._mapping)
        return self._matcher

    @property
    def held(self) -> str:
        """What is held back at this point (for tests and metrics)."""
        return self._pending

    def feed(self, chunk: str) -> str:
        if not chunk:
            return ""
        matcher = self._current()
        if matcher.empty:
            return chunk
        text = self._before + chunk if not self._pending else self._before + self._pending + chunk
        start = len(self._before)
        live = matcher.live.search(text, start, partial=True)
        hold = live.start() if live is not None else len(text)
        out: list[str] = []
        last = start
        for m in matcher.pattern.finditer(text, start):
            if m.start() >= hold:
                break
            original = matcher.replacement(m)
            if original is None:
                continue
            out.append(text[last : m.start()])
            out.append(json_escape(original) if self._json else original)
            last = m.end()
        cut = max(hold, last)
        out.append(text[last:cut])
        self._pending = text[cut:]
        if cut > start:
            self._before = text[cut - 1]
        return "".join(out)

    def flush(self) -> str:
        """The end of the stream: whatever was held, restored."""
        text = self._before + self._pending
        start = len(self._before)
        self._pending = ""
        matcher = self._current()
        out: list[str] = []
        last = start
        for m in matcher.pattern.finditer(text, start):
            original = matcher.replacement(m)
            if original is None:
                continue
            out.append(text[last : m.start()])
            out.append(json_escape(original) if self._json else original)
            last = m.end()
        out.append(text[last:])
        if text:
            self._before = text[-1]
        return "".join(out)
