"""Rewrite a text through a list of edits and carry its gold spans along, exactly.

An :class:`Edit` replaces ``text[start:end]`` by ``new`` (``start == end`` inserts). Edits come from a
transformation (``bench.perturb``) and never overlap one another. The rules that keep gold offsets
exact:

* an edit that lies inside a gold span (``span.start <= start`` and ``end <= span.end``) rewrites that
  span's text, so the span in the new text is the old span's text with its inner edits applied;
* an edit outside every span moves the spans after it;
* an insertion exactly at a span boundary goes outside the span (before its start, after its end);
* the same edit asked twice (by two nested spans) is made once; two different edits that overlap
  are a bug of the transformation and raise :class:`ValueError`;
* an edit that straddles a boundary (starts outside a span and ends inside, or the reverse) would
  make the new boundary a guess: it is dropped, and :func:`apply` reports how many were.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

GoldSpan = tuple[int, int, str]


@dataclass(frozen=True, slots=True, order=True)
class Edit:
    start: int
    end: int
    new: str


def _straddles(edit: Edit, spans: Sequence[GoldSpan]) -> bool:
    for start, end, _ in spans:
        for boundary in (start, end):
            if edit.start < boundary < edit.end:
                return True
    return False


def rewrite(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with ``edits`` applied (sorted, non-overlapping)."""
    out: list[str] = []
    position = 0
    for edit in edits:
        out.append(text[position : edit.start])
        out.append(edit.new)
        position = edit.end
    out.append(text[position:])
    return "".join(out)


def apply(text: str, spans: Sequence[GoldSpan], edits: Sequence[Edit]) -> tuple[str, list[GoldSpan], int]:
    """The new text, the gold spans moved onto it, and the number of straddling edits dropped."""
    ordered = sorted(set(edits))  # nested gold spans may ask for the same edit twice
    for previous, current in itertools.pairwise(ordered):
        if current.start < previous.end or (current.start == previous.start == previous.end == current.end):
            raise ValueError(f"edits overlap at {current.start}")
    kept = [e for e in ordered if not _straddles(e, spans)]

    def shift(position: int, *, is_end: bool) -> int:
        moved = position
        for e in kept:
            if e.end > position or (is_end and e.start == e.end == position):
                continue  # after the position, or an insertion that stays outside after the span end
            moved += len(e.new) - (e.end - e.start)
        return moved

    new_spans = [(shift(s, is_end=False), shift(e, is_end=True), label) for s, e, label in spans]
    return rewrite(text, kept), new_spans, len(ordered) - len(kept)
