"""Weekdays cut to three letters that open the rows of a roster: no person.

A duty roster or a week's planning writes one row a day, the day cut short at the line's start and the
person after it (« Lun  Dr J. Kempf  bip 64 312 », « Mar. : Dr A. Bilger », « Ven–Dim  Dr Ben Salah »).
« Mar », « Mer », « Sam », « Dim » are also names in the lists (a surname, a first name's short form),
and a row's first word is read as a name by the lists and the model. At a line's start, followed by a
stop, a colon, a tab, two spaces or another day after a dash or a slash, they are the day.
"""

from __future__ import annotations

import re

from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: The weekdays cut to their first three letters (folded).
WEEKDAY_ABBREVIATIONS: frozenset[str] = words("lun mar mer jeu ven sam dim")
# What follows a day's label on its row: a stop, a colon, a tab, two spaces, or a dash or a slash
# before the last day of a range (« Ven–Dim », « Sam/Dim »).
_LABEL_END = re.compile(r"\.|[ \t]*:|\t|  |[ \t]*[-–/][ \t]*$|[ \t]*\n|$")
_RANGE_GAP = re.compile(r"[ \t]*[-–/][ \t]*")


# A day, or a range of days in one word (« Ven-Dim », as the hyphen joins them): one lookup a word.
_DAY_KEYS = WEEKDAY_ABBREVIATIONS | frozenset(
    f"{a}-{b}" for a in WEEKDAY_ABBREVIATIONS for b in WEEKDAY_ABBREVIATIONS
)


def _day(t: Token) -> bool:
    """A day cut short, or a range of them in one word, capitalised or in capitals."""
    return t.key in _DAY_KEYS and t.shape in "CU"


def weekday_labels(toks: list[Token]) -> list[int]:
    """The indices of the days that open a roster's rows, and of the last day of a range after them."""
    found: list[int] = []
    for k in [k for k, t in enumerate(toks) if t.key in _DAY_KEYS]:
        t = toks[k]
        if not _day(t) or not (k == 0 or "\n" in t.gap_before):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and _day(nxt) and _RANGE_GAP.fullmatch(nxt.gap_before):
            found.extend((k, k + 1))  # « Ven–Dim  Dr Ben Salah »
        elif _LABEL_END.match(t.gap_after):
            found.append(k)
    return found
