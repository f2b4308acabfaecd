"""Work on a text that several recognisers need, done once per text.

The engine runs some thirty recognisers over the same normalised text, and many of them look at its
lower-case form (needles, prefilters, case-insensitive scans without ``re.I``). Lower-casing 2,000
characters costs as much as a small recogniser, so the result is kept for the last few texts:
``lru_cache`` finds the same text object at once (``str`` caches its hash), the first recogniser
pays and the others do not. The cache is small and bounded: it holds texts being detected, not
a history.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def lower(text: str) -> str:
    """``text.lower()``, computed once per text (its length may differ from the text's)."""
    return text.lower()


def lowered(text: str) -> str | None:
    """``text`` in lower case with the same offsets, or None in the rare case lower-casing changes length."""
    low = lower(text)
    return low if len(low) == len(text) else None
