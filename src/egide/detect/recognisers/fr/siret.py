"""SIRET (14 digits) and SIREN (9 digits) of a company or practice, both labelled SIRET.

A SIRET with a valid Luhn key (La Poste's: digit sum mod 5) is found on its own; a SIREN, being
only nine digits, needs a context word, as does any number whose key is wrong.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import NUM_END, NUM_START, SEP, PrefilteredRecogniser, digits_of
from egide.detect.recognisers.fr.checks import siret_ok

_SIRET = re.compile(NUM_START + rf"\d(?:{SEP}\d){{13}}" + NUM_END)
_SIREN = re.compile(NUM_START + rf"\d(?:{SEP}\d){{8}}" + NUM_END)

CONTEXT = ("siret", "siren", "rcs", "n° tva", "tva intracommunautaire", "société", "entreprise", "sarl")


def score_siret(value: str, score: float) -> float | None:
    if siret_ok(digits_of(value)):
        return score
    return 0.15


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.siret",
        label=Label.SIRET,
        patterns=[Pattern("siret", _SIRET, 0.6), Pattern("siren", _SIREN, 0.4)],
        validate=score_siret,
        context=CONTEXT,
        context_boost=0.4,
    )
