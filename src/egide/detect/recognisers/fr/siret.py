"""SIRET (14 digits) and SIREN (9 digits) of a company or practice, both labelled SIRET.

A SIRET with a valid Luhn key (La Poste's: digit sum mod 5) is found on its own; a SIREN, being
only nine digits, needs a context word, as does any number whose key is wrong.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import AFTER_FIRST, NUM_END, SEP, PrefilteredRecogniser, digits_of
from egide.detect.recognisers.fr.checks import siret_ok

# SIRET (14 digits) or SIREN (9) in one pass; the validator tells them apart by length.
_SIRET_OR_SIREN = re.compile(r"\d" + AFTER_FIRST + rf"(?:(?:{SEP}\d){{13}}|(?:{SEP}\d){{8}})" + NUM_END)
SCORE_SIRET = 0.6
SCORE_SIREN = 0.4  # nine digits alone are too common to claim without a context word

CONTEXT = ("siret", "siren", "rcs", "n° tva", "tva intracommunautaire", "société", "entreprise", "sarl")


def score_siret(value: str, score: float) -> float | None:
    digits = digits_of(value)
    if siret_ok(digits):
        return SCORE_SIRET if len(digits) == 14 else SCORE_SIREN
    return 0.15


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.siret",
        label=Label.SIRET,
        patterns=[Pattern("siret-or-siren", _SIRET_OR_SIREN, SCORE_SIRET)],
        validate=score_siret,
        context=CONTEXT,
        context_boost=0.4,
        min_digits=9,
    )
