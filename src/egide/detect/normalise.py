"""Normalise text before matching, keeping a map back to the original offsets.

Tricks that must not let an identifier through: non-breaking and zero-width spaces, full-width
digits, Cyrillic or Greek letters that look Latin, soft hyphens. Recognisers match on the
normalised text; the engine maps every finding back to the original characters with
:meth:`Normalised.to_original`, so operators always edit the text the user wrote.

Spaced or dotted digits (« 2 54 03 69 123 456 23 ») are not removed here: recognisers allow
separators between digit groups, which keeps offsets exact and the numbers readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters deleted outright: zero-width spaces and joiners, word joiner, BOM, soft hyphen.
_DELETED = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"

# One-to-one replacements (same length, so offsets are unchanged).
_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\u000b\u000c"
_HOMOGLYPHS = {
    # Cyrillic lookalikes
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    # Greek capitals that look Latin (lower-case Greek is left alone: µ, α, β occur in medicine)
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Dashes and quotes to ASCII
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'",
    # Lookalike digits and letters
    "\u2024": ".", "\uff0e": ".",
}  # fmt: skip

_TABLE: dict[int, int | None] = {ord(c): ord(" ") for c in _SPACES}
_TABLE.update({ord(k): ord(v) for k, v in _HOMOGLYPHS.items()})
# Full-width ASCII (U+FF01..U+FF5E) to ASCII, and other Unicode decimal digits to ASCII digits.
_TABLE.update({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
for _zero in (0x0660, 0x06F0, 0x0966, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6):
    _TABLE.update({_zero + i: ord("0") + i for i in range(10)})

_NEEDS_WORK = re.compile(
    "[" + re.escape(_DELETED + _SPACES + "".join(_HOMOGLYPHS)) + "\uff01-\uff5e\u0660-\u0669\u06f0-\u06f9"
    "\u0966-\u096f\U0001d7ce-\U0001d7ff]"
)


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and, when characters were deleted, the original index of each character."""

    original: str
    text: str
    _index: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the original text it came from."""
        if self._index is None:
            return start, end
        if start >= len(self._index):
            return len(self.original), len(self.original)
        orig_start = self._index[start]
        orig_end = self._index[end - 1] + 1 if end > start else orig_start
        return orig_start, orig_end


def normalise(text: str) -> Normalised:
    """Return the text with lookalike characters folded and invisible ones removed."""
    present = set(_NEEDS_WORK.findall(text))
    if not present:
        return Normalised(text, text)
    # French text often has a few distinct such characters (« – », « ’ », the no-break space before
    # « : »), each many times. ``str.translate`` looks every character of the text up in the table;
    # replacing each character present, once, gives the same text ten times faster. No
    # replacement is itself in the table, so the order of the replacements does not matter.
    translated = text
    for char in present:
        replacement = _TABLE.get(ord(char))
        if replacement is not None:
            translated = translated.replace(char, chr(replacement))
    if present.isdisjoint(_DELETED):
        return Normalised(text, translated)
    kept = [i for i, ch in enumerate(translated) if ch not in _DELETED]
    return Normalised(text, "".join(translated[i] for i in kept), tuple(kept))
