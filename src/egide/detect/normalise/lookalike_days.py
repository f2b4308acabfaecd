"""A day an OCR wrote with a look-alike letter, before a month's name, read as digits: « le l9 novembre »
→ « le 19 novembre », « O3 mars 2025 » → « 03 mars 2025 », « 2l janvier », « 3O juin ».

The look-alikes of a number (``lookalikes``) are read where digits dominate a run of four characters
or more; a day before a month's name has two, one of them a letter, and stays unread, so the date is
lost with it. Before a month written out (« novembre », « nov. »), two characters that are a digit and
an l, I, O or o read as a day from 1 to 31 are one: nothing else stands there (« l9 » is no word). So are
they between « du » and « au » before a date (« du l4 au 2l/O6/2OO9 »): the first day of a range.
"""

from __future__ import annotations

import re

from egide.detect.calendar import MONTH_ABBREVIATIONS, MONTHS, unaccented
from egide.detect.normalise.mapping import Draft, Edit

_AS_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1"}
_MONTH = "|".join(
    sorted(
        {*MONTHS, *(unaccented(m) for m in MONTHS), *(rf"{a}\." for a in MONTH_ABBREVIATIONS)},
        key=len,
        reverse=True,
    )
)
# A digit and a look-alike, in either order, alone as a word, then a month's name.
_DAY = re.compile(rf"(?<![\w/.,])(?:[0-9][OoIl]|[OoIl][0-9])(?=[ \t]+(?i:{_MONTH})(?![^\W\d_]))")
# The same day opening a range whose other end is a date with its month (« du l4 au 2l/O6/2OO9 »,
# « du O3 au 12/05 », « du 2l au 25 mars »): « du » or « entre le » before it, « au », « à » or a dash and
# a day of digits or look-alikes after it.
_RANGE_DAY = re.compile(
    rf"(?<![\w/.,])(?:[0-9][OoIl]|[OoIl][0-9])"
    rf"(?=[ \t]+(?:au|à|-|–)[ \t]+[0-9OoIl]{{1,2}}(?:[/.\-][0-9OoIl]|[ \t]+(?i:{_MONTH})(?![^\W\d_])))"
)
_RANGE_OPENING = re.compile(r"(?<![\w'’])(?:[Dd]u|[Ee]ntre[ \t]+le)[ \t]+\Z")
# Where one may be: a digit next to a look-alike, found by a pattern led by the digit's class (which
# ``re`` skips to in C; a pattern led by an alternation is tried at every character).
_HIT = re.compile(r"[0-9](?:(?<=[OoIl][0-9])|(?=[OoIl]))")


def read_lookalike_days(draft: Draft) -> None:
    """Read the look-alike letter of a day before a month's name as its digit."""
    text = draft.text
    edits: list[Edit] = []
    for hit in _HIT.finditer(text):
        start = hit.start() - 1 if hit.start() and text[hit.start() - 1] in _AS_DIGIT else hit.start()
        m = _DAY.match(text, start)
        if m is None:
            m = _RANGE_DAY.match(text, start)
            if m is None or _RANGE_OPENING.search(text, max(0, start - 12), start) is None:
                continue
        digits = "".join(_AS_DIGIT.get(c, c) for c in m.group())
        if 1 <= int(digits) <= 31:
            edits.extend(
                (m.start() + k, m.start() + k + 1, digits[k]) for k in range(2) if m.group()[k] != digits[k]
            )
    if edits:
        draft.apply(edits)
