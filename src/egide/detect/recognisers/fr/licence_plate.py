"""Licence plates: today's « AB-123-CD » (SIV, since 2009) and the older « 1234 AB 56 » (FNI).

SIV letters never use I, O or U. Dashes make the shape unmistakable; spaces or no separator are
found too, with a lower score that a context word (« immatriculé », « véhicule ») raises. The old
format ends with a département and is only trusted with 3-4 leading digits or in context.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import PrefilteredRecogniser

_L = "[A-HJ-NP-TV-Z]"
# The first character is matched before the look-behind so that the regex engine can skip ahead.
# Dashed, any capital letters are accepted (a plate copied with a typo, or a made-up one, is still
# a plate); spaced or glued, only the letters the SIV really uses.
_SIV = re.compile(
    r"[A-Z](?<![\w\-].)[A-Z]-\d{3}-[A-Z]{2}(?![\w\-])"
    rf"|{_L}(?<![\w\-].){_L}(?P<s>[ ]?)\d{{3}}(?P=s){_L}{{2}}(?![\w\-])"
)
_DEPARTMENT = r"(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])"
_FNI = re.compile(rf"\d(?<![\w\-].)\d{{0,3}}(?P<s>[ \-]?)[A-Z]{{2,3}}(?P=s)(?:{_DEPARTMENT}|\d\d)(?![\w\-])")
_REAL_DEPARTMENT = re.compile(_DEPARTMENT + "$")
# Both shapes hold two or three capitals then, maybe after a space or a dash, a digit: « AB-1 » in
# « AB-123-CD », « AB 5 » in « 1234 AB 56 ». ``re`` tries the plate patterns at every capital or
# digit; they run around these few places only, from five characters before (« 1234 ») to eight
# after (« 23-CD » and the look-ahead).
_CAPITALS_THEN_DIGIT = re.compile(r"[A-Z][A-Z][A-Z]?[ \-]?\d")


#: Just under the threshold: « AB 123 CD » or « 500 MG 24 » (a prescription in capitals) need a
#: context word to count; dashes (« 130-LCL-29 ») make the old format a plate.
UNSURE = 0.45
DASHED_OLD = 0.6


def score_plate(value: str, score: float) -> float | None:
    """Dashed SIV plates are unmistakable; other shapes need a context word to pass."""
    if value[0].isalpha():
        return 0.85 if "-" in value else UNSURE
    if "-" not in value and _REAL_DEPARTMENT.search(value) is None:
        return None  # dashed, any two digits; otherwise only a real département
    leading = len(value) - len(value.lstrip("0123456789"))
    separated = not value[leading].isalpha()
    if leading >= 3:
        return DASHED_OLD if "-" in value else UNSURE
    return 0.3 if separated else None


CONTEXT = (
    "immatriculation", "immatriculé", "immatriculée", "immatriculé", "plaque", "véhicule", "vehicule",
    "voiture", "scooter", "moto", "camion",
)  # fmt: skip


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.licence_plate",
        label=Label.IMMATRICULATION,
        patterns=[Pattern("siv", _SIV, 0.85), Pattern("fni", _FNI, 0.5)],
        validate=score_plate,
        context=CONTEXT,
        context_boost=0.4,
        around=_CAPITALS_THEN_DIGIT,
        window=(5, 8),
    )
