"""Digits printed one per box read as one number: « 2 7 1 0 5 … », « 1|4|0|3|1|9|5|0 ».

Forms and OCR print a NIR, a date or a phone number one digit per box. A run of single digits
separated by one space or a pipe is read with those separators deleted, so that the recognisers see
« 271057511234567 » or « 14031950 ». What a reader sees as structure is kept: a date separator
(« . », « / », « - », spaces around it allowed) stays between its groups (« 1 4 . 0 3 . 1 9 5 0 »
→ « 14.03.1950 »), and a wider gap of two or three spaces becomes one space (a NIR printed in its
groups, « 2  7 1  0 5 … » → « 2 71 05 … »).

A run is read when it has six digits or more, at least three of them joined by a deleted
separator, and is not a scale or a list (« 0 1 2 3 4 5 6 7 8 9 », « 2 4 6 8 »: each digit the
one before plus or minus the same step). Short lists and scores (« 1 2 3 4 », « 3 4 5 »), numbered items (« J1 J2 J3 ») and
table cells (« | 1 | 0 | 2 | », digits separated by tabs) are not runs. Once a text prints one
such number one digit per box, it is a form that prints every number so: there, shorter runs are
read too, from two digits on (« 2 0 1 6 », « 6 9 0 0 3 Lyon », « 9 5 ans »), scales still excepted.
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
# In a text that prints one long number one digit per box, it prints the others so too: the year,
# the postcode, the age (« 2 0 1 6 », « 6 9 0 0 3 », « 9 5 ans »).
MIN_DIGITS_IN_FORM = 2
MIN_JOINED_IN_FORM = 1


class _Run:
    """A run of single digits: its edits and what decides whether it is read."""

    __slots__ = ("digits", "edits", "joined")

    def __init__(self, digits: list[int], edits: list[Edit], joined: int) -> None:
        self.digits = digits
        self.edits = edits
        self.joined = joined

    def long(self) -> bool:
        return len(self.digits) >= MIN_DIGITS and self.joined >= MIN_JOINED and not _is_scale(self.digits)

    def in_form(self) -> bool:
        short_scale = len(self.digits) >= 3 and _is_scale(self.digits)
        return (
            len(self.digits) >= MIN_DIGITS_IN_FORM and self.joined >= MIN_JOINED_IN_FORM and not short_scale
        )


def _is_scale(digits: list[int]) -> bool:
    steps = {b - a for a, b in itertools.pairwise(digits)}
    return len(steps) == 1 and 0 not in steps


def _read_run(draft: Draft, start: int, end: int) -> _Run | None:
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
            return None  # a tab separates the cells of a table, not boxes of one number
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
    return _Run(digits, edits, joined)


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
    runs = [run for match in _RUN.finditer(text, first) if (run := _read_run(draft, *match.span()))]
    form = any(run.long() for run in runs)
    edits = [edit for run in runs if run.long() or (form and run.in_form()) for edit in run.edits]
    draft.apply(edits)
