"""Dates dictated and transcribed in words (issue 8, probe6): the weekday that opens them, the first
day of a range, a year alone in words after a year cue, and a date of birth whose year is dictated in
words, whole or by its last two digits. Traps: counts and doses in words next to a month."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday belongs to the date, as with digits (« mardi 18 mars »)
        ("le rendez-vous est fixé au mardi dix-huit mars à quatorze heures", "mardi dix-huit mars"),
        ("revu le jeudi trois avril deux mille vingt-cinq", "jeudi trois avril deux mille vingt-cinq"),
        # a range of days, as « du 1er au 8 février »
        ("hospitalisée du premier au huit février pour une décompensation", "premier au huit février"),
        ("absente les trois et quatre mai", "trois et quatre mai"),
        ("du vingt au vingt et un mars", "vingt au vingt et un mars"),
        # « vingt et un » is one day, no range
        ("vu le vingt et un mars deux mille vingt", "vingt et un mars deux mille vingt"),
        ("le trente et un décembre", "trente et un décembre"),
    ],
)
def test_a_dictated_date_is_read_whole(text: str, expected: str) -> None:
    assert values(text, "DATE") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("opérée en deux mille dix-neuf de la hanche", "deux mille dix-neuf"),
        ("suivi depuis mille neuf cent quatre-vingt-dix", "mille neuf cent quatre-vingt-dix"),
        ("pathologie découverte en dix-neuf cent quatre-vingt-cinq", "dix-neuf cent quatre-vingt-cinq"),
    ],
)
def test_a_year_in_words_after_a_year_cue(text: str, expected: str) -> None:
    assert values(text, "DATE") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "patient monsieur guillou né en mille neuf cent soixante-sept installation",
            "mille neuf cent soixante-sept",
        ),
        ("née le vingt-neuf juillet trente-huit adressée par", "vingt-neuf juillet trente-huit"),
        ("né le quatre mai quatre-vingt-dix virgule", "quatre mai quatre-vingt-dix"),
        (
            "né le quatorze mars mille neuf cent cinquante deux virgule",
            "quatorze mars mille neuf cent cinquante deux",
        ),
    ],
)
def test_a_dictated_date_of_birth(text: str, expected: str) -> None:
    assert values(text, "DATE_NAISSANCE") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("deux mille unités par jour", []),  # a quantity: no year cue
        ("il a reçu deux mille vingt unités", []),
        ("le cinq mars deux comprimés", ["cinq mars"]),  # the count is no year
        ("née le deux mars trois fois", ["deux mars"]),
        ("deux au premier mars", ["premier mars"]),  # no range backwards
        ("né à Oran le 3 mars 1950", ["3 mars 1950"]),  # the place of birth still read before the date
        ("une SEP depuis un mai", []),
    ],
)
def test_counts_in_words_stay(text: str, expected: list[str]) -> None:
    assert values(text) == expected
