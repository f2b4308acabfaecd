"""IBAN: country code, 2 check digits, then up to 30 characters, often in groups of four.

The ISO 7064 mod-97 check (python-stdnum) makes a valid IBAN certain; an invalid one that has the
shape of its country (a French one is 27 characters) still counts after « IBAN » or « RIB ».
"""

from __future__ import annotations

import re

from stdnum import iban as _iban

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import PrefilteredRecogniser

_IBAN = re.compile(
    r"[A-Z](?<![A-Za-z0-9].)[A-Z]\d\d"
    r"(?:[ \-]?[A-Z0-9]{4}){2,7}"  # groups of four, spaced or not
    r"(?:[ \-]?[A-Z0-9]{1,3})?"  # a shorter last group
    r"(?![A-Za-z0-9])"
)

CONTEXT = ("iban", "rib", "bic", "virement", "coordonnées bancaires", "compte bancaire", "n° de compte")


def score_iban(value: str, score: float) -> float | None:
    compact = re.sub(r"[ \-]", "", value)
    if _iban.is_valid(compact, check_country=False):  # mod 97; a bank-side check is not our business
        return score
    if compact.startswith("FR") and len(compact) == 27:
        return 0.45
    return 0.2


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.iban",
        label=Label.IBAN,
        patterns=[Pattern("iban", _IBAN, 0.95)],
        validate=score_iban,
        context=CONTEXT,
        context_boost=0.4,
    )
