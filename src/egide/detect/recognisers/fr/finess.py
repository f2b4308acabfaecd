"""FINESS: the 9-character number of a health or social establishment (Luhn key, 2A/2B).

Nine digits alone are ambiguous (SIREN, ADELI, a local identifier), so a FINESS is claimed after
its label only; the key then decides between near-certain and a probable typo.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import NUM_END, SEP, WORDS_FILLER, PrefilteredRecogniser, keywords
from egide.detect.recognisers.fr.checks import finess_ok

_FINESS = re.compile(
    keywords(["finess"]) + WORDS_FILLER + rf"(?P<value>(?:\d{SEP}\d|2[AB])(?:{SEP}\d){{7}})" + NUM_END
)


def score_finess(value: str, score: float) -> float | None:
    compact = re.sub(r"[ .\-]", "", value)
    return 0.95 if finess_ok(compact) else 0.7


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.finess",
        label=Label.FINESS,
        patterns=[Pattern("finess-labelled", _FINESS, 0.95, group="value")],
        validate=score_finess,
        needles=("finess",),
    )
