"""A day and its month without a year (« 5/12 », « 06.12 »), where a care note's shape says it is a day.

- a heading's shift after it, the heading going on or ending (« urgences CH Lens 5/12 nuit —
  transmissions », « réa B 3/12 matin »): the shift word then a dash or the line's end, wherever the
  day stands on the line (``numeric``'s own rule wants it to open the line);
- the last item of a heading's chain that holds a shift or a handover (« pédiatrie Jeanne de Flandre —
  relève 7h — 06.12 », « Transmissions — UHCD — 4/12 »): a dash before it, the line's end after it;
- a laboratory's value measured that day (« INR 1/12 = 2,8 », « Hb 3/12 : 9,4 », « créat 28/11 = 134 »):
  the test's name before, « = » or « : » and a number after; the value is the number after, the day
  and month before it name when it was drawn;
- the heading of a note, its first line (« cimiez – gériatrie aiguë – 2/12 », « hdj Ribot 1/12 – C3
  folfirinox », « pedopsy CMPP Morlaix - 2/12 - Enzo… »): a place or a unit in words before it, no figure,
  no comma, and a dash set off by spaces right after the day, or right before it closing the line after
  another item of the heading (one phrase then the day is a value: « douleur — 6/12 »).

Never a scale's or a fraction's value (« 4/5 », « 3/10 »: ``numeric._scale_value``), nor a pressure after
its cue (« TA 12/8 = », read by ``has_measure_cue``).
"""

from __future__ import annotations

import re

from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.names.medical_words import MEDICAL_WORDS

# The shift after the day, then a dash, a colon or the line's end.
_SHIFT_THEN_HEADING_GOES_ON = re.compile(
    r"[ \t]+(?i:nuit|matin|soir|apr[èe]s-midi|journ[ée]e)[ \t]*(?:[-—–:|/]|\n|\Z)"
)
# A dash right before the day; the line's end (or a blank) right after it.
_DASH_BEFORE = re.compile(r"[ \t][-—–|][ \t]*\Z")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|\Z)")
# A shift, a handover or a roster, earlier on the heading's line.
_SHIFT_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:rel[èe]ve|transmissions?|transm\.|garde|astreinte|nuit|matin|soir|staff|visite"
    r"|tour|brancard|triage|planning)(?![^\W\d_])"
)
# A laboratory test's name right before the day (letters, maybe a digit or a hyphen inside: « HbA1c »,
# « créat », « Na+ »), then « = » or « : » and a number after it.
_TEST_BEFORE = re.compile(
    r"(?<![\w/.,])(?P<test>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9+\-]{1,11})[ \t]+(?:(?i:du|le)[ \t]+)?\Z"
)
_VALUE_AFTER = re.compile(r"[ \t]*[=:][ \t]*[<>]?[ \t]*[0-9]")


def heads_a_shift(text: str, end: int) -> bool:
    """« 5/12 nuit — … », « 5/12 nuit⏎ »: the shift after the day, the heading going on or ending."""
    return _SHIFT_THEN_HEADING_GOES_ON.match(text, end) is not None


def closes_a_shift_heading(text: str, start: int, end: int) -> bool:
    """« … — relève 7h — 06.12⏎ »: the last item of a heading's line that holds a shift word."""
    if _LINE_END_AFTER.match(text, end) is None:
        return False
    dash = _DASH_BEFORE.search(text, max(0, start - 4), start)
    if dash is None:
        return False
    line_start = text.rfind("\n", 0, dash.start()) + 1
    return _SHIFT_WORDS.search(text, line_start, dash.start()) is not None


# A team's shift right before the day (« équipe matin 02.12 », « relève de nuit 6/12 », « garde du 3/12 »).
_SHIFT_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:[ée]quipe[ \t]+(?:de[ \t]+)?(?:nuit|matin|soir|jour|apr[èe]s-midi)|rel[èe]ve(?:[ \t]+de)?"
    r"(?:[ \t]+(?:nuit|matin|soir|jour))?|garde|astreinte|poste[ \t]+(?:de[ \t]+)?(?:nuit|matin|soir|jour))"
    r"(?:[ \t]+du)?[ \t]*:?[ \t]*\Z"
)


def follows_a_shift(text: str, start: int, end: int) -> bool:
    """« … – équipe matin 02.12⏎ », « relève de nuit 6/12 — »: the day a team's shift is named with, closing
    the heading's line or before a dash."""
    if _LINE_END_AFTER.match(text, end) is None and _DASH_RIGHT_AFTER.match(text, end) is None:
        return False
    return _SHIFT_BEFORE.search(text, max(0, start - 32), start) is not None


def dates_a_measured_value(text: str, start: int, end: int) -> bool:
    """« INR 1/12 = 2,8 »: a test's name, the day it was drawn, then its value after « = » or « : »."""
    if _VALUE_AFTER.match(text, end) is None:
        return False
    test = _TEST_BEFORE.search(text, max(0, start - 20), start)
    if test is None:
        return False
    # a test's name or its abbreviation (« INR », « créat », « Hb »), not a word of the sentence (« Résultat
    # 1/12 = 0,08 » is a dilution's)
    word = test["test"]
    return word.isupper() or fold(word) in MEDICAL_WORDS or not is_common_word(word.lower())


# The note's heading: the text's first line, or the first after a blank one (the next note, or the note
# pasted after a request: « Réécris cette note :⏎⏎pedopsy … - 2/12 - … »).
_BLANK_LINE_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*\Z")
# Before the day on its line: a few words naming a place or a unit, no figure, no field's colon or sign
# (« EVA : 3/12 », « Hb 9 – 3/12 » are values), no sentence's comma, at most a handful of words.
_HEADING_WORDS = re.compile(r"[^\W\d_][^\d:=<>%,;\n]{0,58}\Z")
# A page's number after its word (« page — 3/12 », « feuillet - 2/4 »): a count, no day.
_PAGE_WORD_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:page|p|pages|feuillet|folio|fiche)\.?[ \t]*[-—–][ \t]*\Z"
)
# A dash set off by spaces right before or right after the day.
_DASH_RIGHT_BEFORE = re.compile(r"[ \t][-—–][ \t]*\Z")
_DASH_RIGHT_AFTER = re.compile(r"[ \t]+[-—–][ \t]")
_DASH_BETWEEN_ITEMS = re.compile(r"[ \t][-—–][ \t]")


def heads_a_note(text: str, start: int, end: int) -> bool:
    """« cimiez – gériatrie aiguë – 2/12⏎ », « hdj Ribot 1/12 – C3 »: the day a note's heading dates, on its
    first line, after the place or the unit named in words and beside a dash."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start and _BLANK_LINE_BEFORE.search(text, max(0, line_start - 12), line_start) is None:
        return False
    if _HEADING_WORDS.match(text, line_start, start) is None:
        return False
    if _PAGE_WORD_BEFORE.search(text, max(0, start - 16), start) is not None:
        return False
    if _DASH_RIGHT_AFTER.match(text, end) is not None:
        return True  # « hdj Ribot 1/12 – C3 »: the heading goes on after the day
    # closing the line, the day ends a chain of the heading's items (« cimiez – gériatrie – 2/12 »); one
    # phrase and a dash before it is a symptom's value (« douleur à la mobilisation — 6/12 »)
    dash = _DASH_RIGHT_BEFORE.search(text, max(0, start - 4), start)
    return dash is not None and _DASH_BETWEEN_ITEMS.search(text, line_start, dash.start()) is not None
