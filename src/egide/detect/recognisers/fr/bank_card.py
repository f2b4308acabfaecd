"""Bank card numbers: 13 to 19 digits (12 for Maestro) with a Luhn key, written in groups of four (or 4-6-5).

Issuer prefixes (2-6) and the key make a finding; a wrong key is kept only after « carte »,
« CB », « Visa »… (a typo in a card pasted on purpose is still a card).
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import AFTER_FIRST, NUM_END, PrefilteredRecogniser, digits_of
from egide.detect.recognisers.fr.checks import luhn_ok

_CARD = re.compile(
    r"[1-6]"
    + AFTER_FIRST
    + r"(?:(?<=1)800\d{11}"  # JCB 1800, 15 digits
    + r"|(?<=[2-6])\d{3}(?P<sep>[ \-]?)\d{4}(?P=sep)\d{4}(?:(?P=sep)\d{1,4}(?:(?P=sep)\d{1,3})?)?"  # 4-4-4(-4(-3))
    + r"|(?<=3)[47]\d\d[ \-]?\d{6}[ \-]?\d{5})"  # American Express 4-6-5
    + NUM_END
)

MAESTRO_12 = 0.6
FIFTEEN_NOT_AMEX = 0.4

CONTEXT = (
    "carte", "cb", "carte bancaire", "carte bleue", "visa", "mastercard", "amex", "american express",
    "paiement", "payé", "crédit",
)  # fmt: skip


def score_card(value: str, score: float) -> float | None:
    digits = digits_of(value)
    if len(digits) == 12:  # Maestro only (50, 56-69), and less sure: twelve digits are common
        return MAESTRO_12 if digits[0] in "56" and luhn_ok(digits) else None
    if not 13 <= len(digits) <= 19:
        return None
    if len(digits) == 13 and digits[0] != "4":
        # Thirteen digits: only Visa issued cards of that length. Anything else is an EAN-13 barcode,
        # a medicine's CIP13 or UCD13 code (« 3400892088310 »), or a NIR without its key.
        return None
    if len(digits) == 15 and not digits.startswith(("34", "37", "1800", "2131")):
        # Fifteen digits: only American Express and JCB issue cards of that length. Anything else
        # needs a card word (a NIR with a wrong key passes Luhn one time in ten).
        return FIFTEEN_NOT_AMEX if luhn_ok(digits) else 0.2
    return score if luhn_ok(digits) else 0.2


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.bank_card",
        label=Label.CARTE_BANCAIRE,
        patterns=[Pattern("card", _CARD, 0.85)],
        validate=score_card,
        context=CONTEXT,
        context_boost=0.45,
        min_digits=12,
    )
