"""A month misspelt by one letter after a day (issue 8, probe10's residual misses: a letter written by a
nephew who spells as he hears): « le 12 djuillet », « 3 fevier 2024 », « 2 septenbre 2023 ». Traps:
words one letter from a short month, plurals, words far from any month."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il est à l'hôpital depuis le 12 djuillet, merci", "12 djuillet"),
        ("opérée le 3 fevier 2024 à Lyon", "3 fevier 2024"),
        ("rendez-vous du 2 septenbre 2023", "2 septenbre 2023"),
        ("sortie prévue le 1er novenbre", "1er novenbre"),
        ("revu le 30 avrile en consultation", "30 avrile"),
    ],
)
def test_a_misspelt_month_after_a_day_is_a_date(text: str, expected: str) -> None:
    assert expected in values(text, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "3 jouets, 10 octets et 12 piliers",
        "2 mois, 3 mais aussi 4 marches",  # one letter from a short month
        "les 5 janviers les plus froids",  # a plural
        "le 31 fevier 2024",  # no such day
    ],
)
def test_no_misspelt_month_there(text: str) -> None:
    assert values(text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scan reads « m » as « rn » (issue 8, the eighteenth batch's OCR'd letter)
        ("Le 14 novernbre 2025\nCher Confrère", "14 novernbre 2025"),
        ("hospitalisé le 3 septernbre", "3 septernbre"),
        ("vu le 9 rnars 2024 en consultation", "9 rnars 2024"),
        ("sortie le 1er décernbre", "1er décernbre"),
    ],
)
def test_a_month_whose_m_a_scan_read_as_rn(text: str, expected: str) -> None:
    assert expected in values(text, "DATE")


def test_words_with_rn_that_are_no_month() -> None:
    assert values("3 cornbes, 5 rnots, 12 turnbles, 2 rnorceaux et 4 alternes", "DATE") == []
