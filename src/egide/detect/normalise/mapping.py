"""The normalised text and its map back to the characters the user wrote.

Every pass of the normaliser rewrites stretches of the text: it deletes a character (a zero-width
space, the space between two boxed digits), replaces several by one (« &eacute; » → « é », « e » and
a combining acute → « é »), or several by several (« quatre-vingt-cinq » → « 85 »). Each character
of the result remembers the group of original characters it stands for, as a start and an end. A
span of the normalised text then maps to the original from the start of its first character's group
to the end of its last character's group: a finding always covers exactly the original characters
that produced it, a replaced group whole, never half of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A rewrite of the current text: characters [start, end) become ``replacement`` (empty: deleted).
Edit = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and, when it differs in length, the original group of each character."""

    original: str
    text: str
    _starts: tuple[int, ...] | None = None
    _ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the original text it came from."""
        if self._starts is None or self._ends is None:
            return start, end
        size = len(self._starts)
        if start >= size:
            return len(self.original), len(self.original)
        end = min(end, size)
        orig_start = self._starts[start]
        if end <= start:
            return orig_start, orig_start
        return orig_start, max(orig_start, self._ends[end - 1])


class Draft:
    """The text being normalised, with the original group of each character once one pass moved it."""

    __slots__ = ("_ends", "_starts", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None

    def same_length(self, text: str) -> None:
        """Replace the text by one of the same length whose characters stand for the same ones."""
        self.text = text

    def original_of(self, index: int) -> str:
        """The original characters that character ``index`` of the current text stands for."""
        if self._starts is None or self._ends is None:
            return self.original[index : index + 1]
        return self.original[self._starts[index] : self._ends[index]]

    def apply(self, edits: Iterable[Edit]) -> None:
        """Apply edits sorted by position; an edit overlapping the previous one is ignored."""
        text = self.text
        starts: Sequence[int] = self._starts if self._starts is not None else range(len(text))
        ends: Sequence[int] = self._ends if self._ends is not None else range(1, len(text) + 1)
        pieces: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        pos = 0
        changed = False
        for start, end, replacement in edits:
            if start < pos or end < start:
                continue
            changed = True
            pieces.append(text[pos:start])
            new_starts.extend(starts[pos:start])
            new_ends.extend(ends[pos:start])
            if replacement:
                if end > start:
                    group_start, group_end = starts[start], ends[end - 1]
                else:  # an insertion stands for no original character: an empty group
                    group_start = starts[start] if start < len(text) else len(self.original)
                    group_end = group_start
                pieces.append(replacement)
                new_starts.extend([group_start] * len(replacement))
                new_ends.extend([group_end] * len(replacement))
            pos = end
        if not changed:
            return
        pieces.append(text[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        self.text = "".join(pieces)
        self._starts = new_starts
        self._ends = new_ends

    def result(self) -> Normalised:
        if self._starts is None or self._ends is None:
            return Normalised(self.original, self.text)
        return Normalised(self.original, self.text, tuple(self._starts), tuple(self._ends))
