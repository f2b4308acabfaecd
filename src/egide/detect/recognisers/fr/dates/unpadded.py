"""A date whose day or month had one digit, printed one digit per box or glued: « né le 2 2 1 9 4 9 »
(2/2/1949), « (né le 2 1 1 1 9 4 4) » (2/11/1944), « vu le 5032025 », « revu le 1 2 1 » (12/1).

A form with no leading zero in its boxes, or a date typed without its separators, leaves six or seven
digits: a day and a month of three digits or fewer, then a four-digit year. The boxes are joined by
:mod:`egide.detect.normalise.boxed_digits` first (« 221949 »), where the other date readers want two
digits for the day and for the month (« 22/19/49 » is no day) and the number then reads as an
identifier. Read here after a date cue only (« le », « du », « né le », « DDN », « date : »): the same
digits alone are any number (an IPP, a phone extension). When the six digits already read as a day, a
month and a two-digit year (« 030619 »), :mod:`~egide.detect.recognisers.fr.dates.numeric` has them.

Three boxes alone right after « le », « du » or « au » (« vu aux urgences le 1 2 1 », « rdv le 2 2 4 à
9h »), a real day and month and no scale (« le 1 2 3 »), are a day and a month too; the numeric reader
wants four boxes or more there, and two digits alone (« le 3 4 ») are left, a list as often.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.base import full_year, is_valid_date
from egide.detect.recognisers.fr.dates.context import has_full_date_cue, has_measure_cue
from egide.detect.recognisers.fr.dates.numeric import DIALLED

# Six or seven digits, the last four a year of the last two centuries; not part of a longer number,
# a decimal, a date or a code (« 2.221949 », « 221949/2 », « A221949 »).
_UNPADDED = re.compile(r"(?<![\w/.,|\-])[0-9]{2,3}(?:19|20)[0-9]{2}(?![\w/|\-]|[.,][0-9])")
# The same, led by a digit for the scan (the character before it is checked by hand).
_SCAN = re.compile(r"[0-9]{6,7}(?![\w/|\-]|[.,][0-9])")
_NOT_BEFORE = frozenset("/.,|-")
_THREE_PREFILTER = re.compile(r"[0-9] [0-9] [0-9](?![0-9])")
# Three single digits, one space between, right after « le », « du » or « au »; no more digits after.
_THREE_BOXES = re.compile(
    r"(?<![\w'’])(?:[Ll]e|[Dd]u|[Aa]u)[ \t]+(?P<boxes>[0-9] [0-9] [0-9])(?![\w/|\-]|[.,][0-9]|[ \t]*[0-9])"
)


def _head_reads_as_day_month(head: str, year: int) -> bool:
    """The two or three digits before the year split into a real day and month (« 22 » → 2/2, « 211 »
    → 2/11 or 21/1)."""
    return any(
        is_valid_date(int(head[:cut]), int(head[cut:]), year)
        for cut in range(1, len(head))
        if len(head[:cut]) <= 2 and len(head[cut:]) <= 2
    )


def unpadded_date_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of an unpadded date starting at ``pos`` (no cue checked: the caller's), or None."""
    m = _UNPADDED.match(text, pos)
    if m is None:
        return None
    digits = m.group()
    head, year = digits[:-4], int(digits[-4:])
    if len(digits) == 6 and is_valid_date(int(digits[:2]), int(digits[2:4]), full_year(digits[4:])):
        return None  # « 030619 »: a day, a month and a two-digit year, the numeric reader's
    if not _head_reads_as_day_month(head, year):
        return None
    return m.span()


def _three_boxes(text: str) -> Iterator[tuple[int, int]]:
    """The spans of three boxes after « le », « du », « au » that read as a day and a month."""
    for m in _THREE_BOXES.finditer(text):
        a, b, c = (int(d) for d in m["boxes"][::2])
        if b - a == c - b != 0:
            continue  # « le 1 2 3 », « le 3 2 1 »: a scale or a list
        if not (is_valid_date(a * 10 + b, c, None) or is_valid_date(a, b * 10 + c, None)):
            continue
        start = m.start("boxes")
        if has_measure_cue(text, start) or DIALLED.search(text, max(0, start - 24), start):
            continue
        yield start, m.end("boxes")


class UnpaddedDateRecogniser:
    """DATE: six or seven digits after a date cue that read as a day, a month and a four-digit year."""

    name = "fr_date_unpadded"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _SCAN.finditer(text):
            start = m.start()
            if start and (
                text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE or text[start - 1] == "_"
            ):
                continue
            if (
                unpadded_date_at(text, start) is None
                or not has_full_date_cue(text, start)
                or has_measure_cue(text, start)
                or DIALLED.search(text, max(0, start - 24), start)  # « joignable au 461920 »
            ):
                continue
            yield Finding(start, m.end(), Label.DATE, 0.8, self.name)
        if _THREE_PREFILTER.search(text) is not None:  # (led by a digit: the scan skips to digits)
            for start, end in _three_boxes(text):
                yield Finding(start, end, Label.DATE, 0.7, self.name)
