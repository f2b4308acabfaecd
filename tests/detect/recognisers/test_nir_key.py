"""The key of a NIR written apart after « clé »: found when thirteen digits end right before the label,
in any of the ways forms and notes separate them; any other « clé » and two digits stay."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.recognisers.fr.nir_key import NirKeyRecogniser
from tests.detect.inline import assert_covers, parse_inline
from tests.detect.recognisers.support import values

KEY = NirKeyRecogniser()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient Girard (NIR 1 72 08 59 350 118, clé 63) — dossier incomplet", ["63"]),
        ("N° Sécurité Sociale |2|7|1|0|6|3|3|0|6|3|0|1|2| Clé |4|7|", ["4|7"]),
        ("N° SS : 2 90 10 2A 004 117 (clé 35)", ["35"]),
        ("Immatriculation 1.66.05.99.134.012 - CLÉ : 77", ["77"]),
        ("NIR 2850575112045 cle 17", ["17"]),
        # boxes drawn with brackets
        ("N° [1][5][7][1][1][7][5][1][1][2][0][4][2]  Clé [1][9]", ["1][9"]),
        ("N° 1 57 11 75 112 042 [clé] [1] [9]", ["1] [9"]),
    ],
)
def test_a_key_after_thirteen_digits_is_found(text: str, expected: list[str]) -> None:
    assert values(KEY, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "clé 12 de la serrure du placard à pharmacie",
        "Lot 12345678901234 clé 45",  # fourteen digits: no NIR
        "CIP 340093 clé 12",  # too few digits
        "LOT1234567890123 clé 45",  # glued to a word: a code, not a NIR
        "Question clé : 2 patients sur 10",
    ],
)
def test_other_keys_are_not(text: str) -> None:
    assert values(KEY, text) == []


def test_the_whole_number_is_masked_by_the_engine() -> None:
    text = "Assuré : 1 58 09 21 231 044, clé 76."
    covered = {k for f in Detector().detect(text) for k in range(f.start, f.end)}
    assert all(k in covered for k, c in enumerate(text) if c.isdigit())


# Dictated (issue 8, probe6): the thirteen digits in words are read as digits by the normaliser, the
# key after « clé » stays in words; a form's own box for the key after the boxes of the digits.
@pytest.mark.parametrize(
    "marked",
    [
        "son numéro de sécu c'est <NIR>un cinquante-deux zéro trois soixante-neuf trois cent quatre-vingt-sept "
        "zéro quarante-deux</NIR> clé <NIR>trente-sept</NIR> point",
        "n° d'immatriculation  |<NIR>1|6|4|0|2|5|9|1|8|3|1|2|7|  |1|5</NIR>|\nadresse",
    ],
)
def test_a_dictated_or_boxed_key_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(Detector().detect(text), marked, labels=["NIR"])


@pytest.mark.parametrize(
    "text",
    [
        "la clé deux du casier",
        "question clé trente-sept patients inclus",
        "numéro 12 |  |15| cases",
    ],
)
def test_other_keys_in_words_stay(text: str) -> None:
    assert not [f for f in Detector().detect(text) if f.label == "NIR"]
