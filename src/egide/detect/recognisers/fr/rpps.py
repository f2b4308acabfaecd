"""RPPS: the 11-digit national number of a health professional (Luhn key, starts with 10).

An 11-digit number with a valid key that starts with « 10 » is an RPPS even without a label;
« RPPS » (or « IdNat ») before it raises any 11-digit number to a finding, typos included. The
national identifier of the professional (IdNat_PS, on the CPS card) is « 8 » + the RPPS.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import AFTER_FIRST, NUM_END, SEP, PrefilteredRecogniser, digits_of
from egide.detect.recognisers.fr.checks import luhn_ok

_RPPS = re.compile(r"\d" + AFTER_FIRST + rf"(?:{SEP}\d){{10}}" + NUM_END)
_IDNAT = re.compile(r"8" + AFTER_FIRST + rf"(?:{SEP}\d){{11}}" + NUM_END)

CONTEXT = ("rpps", "n° rpps", "idnat", "id nat", "identifiant national", "prescripteur")


def score_rpps(value: str, score: float) -> float | None:
    digits = digits_of(value)
    if len(digits) == 12:  # IdNat_PS: 8 + RPPS
        digits = digits[1:]
    if luhn_ok(digits):
        return score if digits.startswith("10") else 0.35
    return 0.15  # a typo: only a context word brings it over the threshold


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.rpps",
        label=Label.RPPS,
        patterns=[Pattern("rpps", _RPPS, 0.6), Pattern("idnat", _IDNAT, 0.6)],
        validate=score_rpps,
        context=CONTEXT,
        context_boost=0.45,
        min_digits=11,
    )
