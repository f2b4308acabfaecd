"""Digits printed one per box read as one number: « 2 7 1 0 5 … », « 1|4|0|3|1|9|5|0 ».

Forms and OCR print a NIR, a date or a phone number one digit per box. A run of single digits
separated by one space or a pipe is read with those separators deleted, so that the recognisers see
« 271057511234567 » or « 14031950 ». What a reader sees as structure is kept: a date separator
(« . », « / », « - », spaces around it allowed) stays between its groups (« 1 4 . 0 3 . 1 9 5 0 »
→ « 14.03.1950 »), and a wider gap of two or three spaces becomes one space (a NIR printed in its
groups, « 2  7 1  0 5 … » → « 2 71 05 … »).

A run is read only when it has six digits or more, at least three of them joined by a deleted
separator, and is not a scale (« 0 1 2 3 4 5 6 7 8 9 », each digit one more or one less than the
one before). Short lists and scores (« 1 2 3 4 », « 3 4 5 »), numbered items (« J1 J2 J3 ») and
table cells (« | 1 | 0 | 2 | », digits separated by tabs) are not runs.
"""

from __future__ import annotations

import itertools
import re

from egide.detect.normalise.mapping import Draft, Edit

# A digit alone (no letter or digit on either side), then more, each after one separator.
_RUN = re.compile(r"(?<![\w.,/\\-])[0-9](?:(?: {1,3}|\|| ?[./-] ?)[0-9](?!\w))+")
# Two single digits joined by a box separator; led by the digit so that the scan skips from digit
# to digit (the character before it is checked by hand).
_PREFILTER = re.compile(r"[0-9][ |][0-9](?!\w)")
_RUN_CHARS = frozenset("0123456789 |./-")
MIN_DIGITS = 6
MIN_JOINED = 3


def _is_scale(digits: list[int]) -> bool:
    steps = {b - a for a, b in itertools.pairwise(digits)}
    return steps == {1} or steps == {-1}


def _run_edits(draft: Draft, start: int, end: int) -> list[Edit]:
    text = draft.text
    digits: list[int] = []
    edits: list[Edit] = []
    joined = 0
    i = start
    while i < end:
        digits.append(int(text[i]))
        j = i + 1
        while j < end and not text[j].isdigit():
            j += 1
        separator = text[i + 1 : j]
        if separator == " " and draft.original_of(i + 1) == "\t":
            return []  # a tab separates the cells of a table, not boxes of one number
        if separator in (" ", "|"):
            edits.append((i + 1, j, ""))
            joined += 1
        elif separator and separator.strip(" ") == "":
            edits.append((i + 2, j, ""))  # two or three spaces: one is kept
        elif separator.strip(" ") != separator:
            punct = separator.strip(" ")
            at = i + 1 + separator.index(punct)
            if at > i + 1:
                edits.append((i + 1, at, ""))
            if at + 1 < j:
                edits.append((at + 1, j, ""))
        i = j
    if len(digits) < MIN_DIGITS or joined < MIN_JOINED or _is_scale(digits):
        return []
    return edits


def join_boxed_digits(draft: Draft) -> None:
    """Delete the separators between digits printed one per box."""
    text = draft.text
    first = next(
        (h.start() for h in _PREFILTER.finditer(text) if h.start() == 0 or not text[h.start() - 1].isalnum()),
        None,
    )
    if first is None:
        return
    while first > 0 and text[first - 1] in _RUN_CHARS:  # the run may start before the pair
        first -= 1
    edits: list[Edit] = []
    for match in _RUN.finditer(text, first):
        edits.extend(_run_edits(draft, *match.span()))
    draft.apply(edits)
