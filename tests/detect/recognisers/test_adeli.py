"""ADELI: nine digits, only after the word « ADELI »."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import adeli
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

R = adeli.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Mme X, infirmière, ADELI <ADELI>751012345</ADELI>.",
        "n° ADELI : <ADELI>69 1 23 456 7</ADELI>",
        "Adeli du kinésithérapeute <ADELI>131234567</ADELI>",
    ],
)
def test_labelled_adeli_numbers_are_found(marked: str) -> None:
    assert_finds(kept(R, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text", ["Lot 751012345 périmé.", "ADELI en cours d'attribution.", "ADELI 12345678", "ADELI 1234567890"]
)
def test_nine_digits_without_the_label_or_the_wrong_length_are_not_adeli(text: str) -> None:
    assert kept(R, text) == []
