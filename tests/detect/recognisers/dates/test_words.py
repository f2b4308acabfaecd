"""Dates written in words."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr.dates.words import words_to_int
from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("né le deux janvier mille neuf cent soixante-dix-huit", "deux janvier mille neuf cent soixante-dix-huit"),
        ("le premier mars deux mille vingt", "premier mars deux mille vingt"),
        ("le vingt-deux mai deux mille vingt-et-un", "vingt-deux mai deux mille vingt-et-un"),
        ("le trente et un décembre mil neuf cent quatre-vingt-dix-neuf",
         "trente et un décembre mil neuf cent quatre-vingt-dix-neuf"),
        ("le quinze août dix-neuf cent quarante-cinq", "quinze août dix-neuf cent quarante-cinq"),
        ("le dix-sept juin", "dix-sept juin"),
        ("en janvier deux mille vingt", "janvier deux mille vingt"),
        ("le premier mars 2020", "premier mars 2020"),
    ],
)  # fmt: skip
def test_dates_in_words_are_found(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "le trente-deux mars",  # no such day
        "le trente février",
        "sept jours",
        "deux fois par jour",
        "mille neuf cents euros",
    ],
)
def test_number_words_that_are_not_dates(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("un", 1), ("premier", 1), ("seize", 16), ("dix-sept", 17), ("vingt et un", 21), ("vingt-deux", 22),
        ("soixante-dix", 70), ("soixante-dix-huit", 78), ("quatre-vingt", 80), ("quatre-vingts", 80),
        ("quatre-vingt-douze", 92), ("quatre-vingt-dix-neuf", 99), ("mille neuf cent soixante-dix-huit", 1978),
        ("mil neuf cent", 1900), ("dix-neuf cent quatre-vingt", 1980), ("deux mille", 2000),
        ("deux mille vingt-quatre", 2024), ("mille neuf cent quatre-vingt-dix-neuf", 1999),
    ],
)  # fmt: skip
def test_words_to_int(words: str, number: int) -> None:
    assert words_to_int(words) == number
