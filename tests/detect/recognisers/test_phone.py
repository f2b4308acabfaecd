"""French and international phone numbers in every usual written form."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import phone
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept, values

R = phone.build()

FRENCH = [
    "06 12 34 56 78",
    "0612345678",
    "06.12.34.56.78",
    "06-12-34-56-78",
    "01 23 45 67 89",
    "0 800 123 456",
    "09 72 12 34 56",
    "+33 6 12 34 56 78",
    "+33 (0)1 23 45 67 89",
    "0 6 1 2 3 4 5 6 7 8",
    "0.6.1.2.3.4.5.6.7.8",
    "06  12  34  56  78",  # justified text extracted from a PDF
    "+33612345678",
    "+33 06 12 34 56 78",  # the trunk 0 kept by mistake
    "0033 6 12 34 56 78",
    "+33 5.56.79.56.79",
]


@pytest.mark.parametrize("number", FRENCH)
def test_french_numbers_are_found_whole(number: str) -> None:
    text = f"Joignable au {number}, le matin."
    assert values(R, text) == [number]
    assert values(R, f"Famille : {number}") == [number]  # no context word needed


@pytest.mark.parametrize(
    "number", ["+44 20 7946 0958", "+1 212 555 0100", "0049 30 901820", "+32 2 555 12 12"]
)
def test_international_numbers_are_validated_with_phonenumbers(number: str) -> None:
    found = kept(R, f"Fille à l'étranger : {number}.")
    assert [f.score for f in found] == [0.85]


def test_numbers_in_a_row_separated_by_single_spaces() -> None:
    marked = "Tél : <TELEPHONE>01 23 45 67 89</TELEPHONE> <TELEPHONE>06 12 34 56 78</TELEPHONE> (fils)"
    assert_finds(kept(R, parse_inline(marked)[0]), marked)
    assert kept(R, "Codes 12 34 56 78 90 12 34 56 78 90") == []


def test_a_bracketed_country_code() -> None:
    assert values(R, "Tél (+33) 6 12 34 56 78") == ["(+33) 6 12 34 56 78"]


def test_an_international_number_that_does_not_parse_needs_a_context_word() -> None:
    assert values(R, "Référence +999 1234 5678") == []
    assert values(R, "Tél. +999 1234 5678") == ["+999 1234 5678"]


def test_inline_clinical_sentences() -> None:
    for marked in [
        "Fils joignable au <TELEPHONE>06 98 76 54 32</TELEPHONE> ou au <TELEPHONE>01.45.67.89.10</TELEPHONE>.",
        "Tél : <TELEPHONE>+33 (0)4 72 11 22 33</TELEPHONE> / fax <TELEPHONE>04 72 11 22 34</TELEPHONE>",
    ]:
        assert_finds(kept(R, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "NIR 1 85 05 78 006 084 91",  # no phone carved out of a spaced NIR
        "Hb 12,3 g/dL, plaquettes 250 G/L, TA 12/8, 0,5 mg",
        "Prélèvement 0612 à 14 h 30",
        "Lot 01234 5678 9",
        "Numéro 00 12 34 56 78",  # 00 is an international prefix, 0 is not a country
        "Dosage 0.612345678 mg",
    ],
)
def test_non_phones(text: str) -> None:
    assert kept(R, text) == []
