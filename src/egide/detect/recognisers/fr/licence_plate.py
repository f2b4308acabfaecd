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
_SIV_DASHED = re.compile(rf"(?<![\w\-]){_L}{{2}}-\d{{3}}-{_L}{{2}}(?![\w\-])")
_SIV_OTHER = re.compile(rf"(?<![\w\-]){_L}{{2}}(?P<s>[ ]?)\d{{3}}(?P=s){_L}{{2}}(?![\w\-])")
_DEPARTMENT = r"(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])"
_FNI = re.compile(rf"(?<![\w\-])\d{{3,4}}(?P<s>[ \-]?)[A-Z]{{2,3}}(?P=s){_DEPARTMENT}(?![\w\-])")
_FNI_SHORT = re.compile(rf"(?<![\w\-])\d{{1,2}}(?P<s>[ \-])[A-Z]{{2,3}}(?P=s){_DEPARTMENT}(?![\w\-])")

CONTEXT = (
    "immatriculation", "immatriculé", "immatriculée", "immatriculé", "plaque", "véhicule", "vehicule",
    "voiture", "scooter", "moto", "camion",
)  # fmt: skip


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.licence_plate",
        label=Label.IMMATRICULATION,
        patterns=[
            Pattern("siv-dashed", _SIV_DASHED, 0.85),
            Pattern("siv", _SIV_OTHER, 0.5),
            Pattern("fni", _FNI, 0.5),
            Pattern("fni-short", _FNI_SHORT, 0.3),
        ],
        context=CONTEXT,
        context_boost=0.4,
    )
