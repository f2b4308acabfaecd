"""Work on a text that several recognisers need, done once per text.

The engine runs some thirty recognisers over the same normalised text, and many of them look at its
lower-case form (needles, prefilters, case-insensitive scans without ``re.I``). Lower-casing 2,000
characters costs as much as a small recogniser, so the result is kept for the last few texts:
``lru_cache`` finds the same text object at once (``str`` caches its hash), the first recogniser
pays and the others do not. These caches hold texts being detected, not a history: the engine
empties them (:func:`forget`) when a call ends, so that no prompt stays in them after its request.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, Protocol, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class _Clearable(Protocol):
    def cache_clear(self) -> None: ...


_CACHES: list[_Clearable] = []


def per_text_cache(maxsize: int) -> Callable[[F], F]:
    """``lru_cache`` for work on a whole text, emptied by :func:`forget` at the end of each detection."""

    def wrap(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def forget() -> None:
    """Drop every text kept by the per-text caches (another thread mid-detection only recomputes)."""
    for cache in _CACHES:
        cache.cache_clear()


@per_text_cache(maxsize=4)
def lower(text: str) -> str:
    """``text.lower()``, computed once per text (its length may differ from the text's)."""
    return text.lower()


def lowered(text: str) -> str | None:
    """``text`` in lower case with the same offsets, or None in the rare case lower-casing changes length."""
    low = lower(text)
    return low if len(low) == len(text) else None
