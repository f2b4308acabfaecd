"""One text being read by the engine, and the work on it that several recognisers share.

The engine runs some thirty recognisers over the same normalised text, and many need the same
things from it: its lower-case form (needles, prefilters, case-insensitive scans without ``re.I``),
the runs of digits long enough to hold a number, the month names, the name reader's words.
Computing each once per text is what makes the engine fast; keeping them in module-level caches or
thread-locals (as it once did) left prompts in memory between calls and hid state in ``detect``.

A :class:`Document` is made by the engine for each reading of a text (the normalised text, its
unwrapped second reading, a range of lines) and handed to every recogniser. What is computed from it
lives in it, and goes with it when the call ends: nothing of a prompt outlives its detection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from egide.detect.needles import Needles

T = TypeVar("T")


class Document:
    """A text and what has been computed from it, for one detection call."""

    __slots__ = ("_held", "_lower", "_shared", "_written", "text")

    def __init__(self, text: str, written: Document | None = None) -> None:
        """``written``: when this document is the second reading of a text (its line breaks between
        two lines of text read as spaces, :mod:`egide.detect.wrapped`), the text as written."""
        self.text = text
        self._lower: str | None = None
        self._shared: dict[Callable[[Document], object], object] = {}
        self._held: dict[Needles, bool] = {}
        self._written = written

    @property
    def lower(self) -> str:
        """``text.lower()``, computed once, with the same offsets: a character whose lower case is longer
        (the Turkish « İ », « i » and a combining dot) is read as the first character of it, so that a
        Turkish address (« 34710 Kadıköy/İstanbul ») does not leave every recogniser without its
        lower-case text."""
        if self._lower is None:
            low = self.text.lower()
            if len(low) != len(self.text):
                low = "".join(c.lower()[:1] or c for c in self.text)
            self._lower = low
        return self._lower

    @property
    def lowered(self) -> str | None:
        """The text in lower case with the same offsets, or None when lower-casing changes its length."""
        low = self.lower
        return low if len(low) == len(self.text) else None

    def shared(self, compute: Callable[[Document], T]) -> T:
        """``compute(self)``, computed once per document whichever recogniser asks first.

        ``compute`` must be a module-level function of the document alone (the key is the function).
        """
        try:
            return cast(T, self._shared[compute])
        except KeyError:
            value = self._shared[compute] = compute(self)
            return value

    def shared_by_readings(self, compute: Callable[[Document], T]) -> T:
        """``compute`` of the text as written, for a computation that gives the same on the text and
        on its second reading: computed once for both readings.

        Such a computation reads no white space but as any other character that is no letter (a
        scan for words whose pattern holds no white space and reads a line break as a space: the
        offsets of the words it finds are the same in both readings). Its value may hold match
        objects of the text as written: only their offsets are to be read.
        """
        return (self if self._written is None else self._written).shared(compute)

    @property
    def written(self) -> str:
        """The text as written: this text, or the one this second reading was made from (same
        offsets; only line breaks differ)."""
        return self.text if self._written is None else self._written.text

    def changed(self) -> list[int]:
        """Where this text differs from the text as written: the line breaks (and carriage returns
        before them) that a second reading reads as spaces; none for any other reading."""
        written = self._written
        if written is None:
            return []
        text, before = self.text, written.text
        changed = []
        for c in "\r\n":
            at = before.find(c)
            while at != -1:
                if text[at] != c:
                    changed.append(at)
                at = before.find(c, at + 1)
        return changed

    def holds(self, needles: Needles) -> bool:
        """``needles.found_in(self.lower)``, looked for once per document, and once for both readings
        of a text when no needle holds a white space (a needle found in one is found in the other).

        A recogniser asks it in its ``may_match`` and again in its ``find``, on the text and on its
        second reading: some fifteen prefilters, three searches each, are one.
        """
        doc = self if self._written is None or not needles.spaceless else self._written
        held = doc._held.get(needles)
        if held is None:
            held = doc._held[needles] = needles.found_in(doc.lower)
        return held

    def __repr__(self) -> str:  # never the text itself: a document may be a prompt
        return f"Document({len(self.text)} characters)"
