"""Passports, identity cards, residence permits and driving licences → PIECE_IDENTITE.

A French passport number (2 digits, 2 letters, 5 digits) has a shape of its own but can be taken
for a batch number, so alone it stays under the threshold; after « passeport », « CNI »,
« carte d'identité », « titre de séjour » or « permis de conduire », the old identity card (12
digits), the new one (9 letters and digits) and other document numbers are found.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import WORDS_FILLER, PrefilteredRecogniser, keywords

_WORDS = (
    r"passeport", r"passport", r"cni", r"carte\s+(?:nationale\s+)?d['’]\s?identit[ée]", r"pi[èe]ce\s+d['’]\s?identit[ée]",
    r"titre\s+de\s+s[ée]jour", r"permis\s+de\s+conduire", r"permis\s+n[°º]", r"carte\s+de\s+r[ée]sident",
)  # fmt: skip

_PASSPORT = re.compile(r"\d(?<!\w.)\d[A-Z]{2}\d{5}(?!\w)")
# After a label: 12 digits (old card), 9 alphanumerics with at least one digit (new card, permits),
# or a passport number, possibly spaced in groups.
_LABELLED = re.compile(
    keywords(_WORDS)
    + WORDS_FILLER
    + r"(?P<value>\d{4}[ ]?\d{4}[ ]?\d{4}|\d\d[A-Z]{2}\d{5}|(?=[A-Z]{0,8}\d)[A-Z0-9]{9})"
    + r"(?![\w])"
)

CONTEXT = ("passeport", "passport", "cni", "identité", "identite", "document", "titre")


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.identity_document",
        label=Label.PIECE_IDENTITE,
        patterns=[Pattern("labelled", _LABELLED, 0.9, group="value"), Pattern("passport", _PASSPORT, 0.45)],
        context=CONTEXT,
        context_boost=0.45,
        # Without one of these words nothing here can reach the threshold: skip the scan.
        needles=(
            "passeport",
            "passport",
            "cni",
            "identit",
            "document",
            "titre",
            "séjour",
            "sejour",
            "permis",
            "résident",
            "resident",
        ),
    )
