"""A weekday cut short in a planning's slot identifies nobody: « Lun/Mer/Ven matin », « Mar/Jeu/Sam
après-midi », « sam matin », « Mon/Wed/Fri mornings », « Sandrine L. (ven) ».

A dialysis planning or a transmission heads its columns and its lines with the days cut to three
letters, joined by slashes or followed by the part of the day. « Ven », « Sam », « Mar », « Dim » are
also first names or surnames in the lists (see :mod:`egide.detect.names.weekday_labels` for the days
opening a roster's row). Joined by a slash to another day, or followed by « matin », « midi »,
« après-midi », « soir », « nuit » (or their English words), or in lower case alone in brackets, the word is the
day. Never after a title (« M. Sam »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.weekday_labels import WEEKDAY_ABBREVIATIONS
from egide.detect.nobody.cues import titled

_DAY = r"(?i:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)\.?"
# (the English days too, in a letter written for a dialysis abroad: « Mon/Wed/Fri mornings »)
_ENGLISH_DAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
_DAY_BEFORE = re.compile(rf"(?<![\w]){_DAY}[ \t]*/[ \t]*\Z")
_DAY_AFTER = re.compile(rf"[ \t]*/[ \t]*{_DAY}(?![\w])")
_PART_AFTER = re.compile(
    r"\.?[ \t]+(?i:matin|matins|midi|après-midi|apres-midi|aprem|am|pm|soir|soirs|nuit|nuits|mornings?"
    r"|afternoons?|evenings?|nights?)(?![\w])"
)
# A day in lower case alone in brackets after a carer's name in a roster (« Sandrine L. (ven) »).
_BRACKETS = re.compile(r"\([ \t]*\Z")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")


def _slot(text: str, f: Finding) -> bool:
    if f.end - f.start > 16 or text[f.start : f.start + 1] not in "LMJVSDTFWlmjvsdtfw":
        return False  # (a day and its part of the day are short, and begin with a day's letter)
    words = text[f.start : f.end].split()
    if not words or words[0].rstrip(".").casefold() not in WEEKDAY_ABBREVIATIONS | _ENGLISH_DAYS:
        return False
    if len(words) == 2 and _PART_AFTER.fullmatch(text[f.start + len(words[0]) : f.end]) is None:
        return False  # (« Sam Martin »: a first name and a name)
    if len(words) > 2 or titled(text, f.start):
        return False
    end = f.start + len(words[0])
    if (
        words[0].islower()
        and _BRACKETS.search(text, max(0, f.start - 3), f.start)
        and _BRACKET_CLOSE.match(text, end)
    ):
        return True
    return (
        _DAY_BEFORE.search(text, max(0, f.start - 8), f.start) is not None
        or _DAY_AFTER.match(text, end) is not None
        or _PART_AFTER.match(text, end) is not None
    )


def drop_weekday_slots(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the weekdays of a planning's slot."""
    return [f for f in found if not (f.label == Label.NOM and _slot(text, f))]
