"""Belgian, Swiss and Luxembourg four-digit postcodes before a listed city, and their traps."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "code", "city"),
    [
        ("Rue de la Loi 16, 1000 Bruxelles", "1000", "Bruxelles"),
        ("1205 Genève", "1205", "Genève"),
        ("Avenue Louise 149, B-1050 Ixelles, Belgique", "B-1050", "Ixelles"),
        ("CH-1003 Lausanne", "CH-1003", "Lausanne"),
        ("L-4002 Esch-sur-Alzette", "L-4002", "Esch-sur-Alzette"),
        ("domicile : 4000 LIÈGE", "4000", "LIÈGE"),
        ("adresse : 2000\nAnvers", "2000", "Anvers"),
    ],
)
def test_foreign_postcodes_before_their_city(text: str, code: str, city: str) -> None:
    assert values(text, "CODE_POSTAL") == [code]
    assert values(text, "VILLE") == [city]


@pytest.mark.parametrize(
    "text",
    [
        "Paracétamol 1000 mg",
        "1000 Bruxellois ont répondu",  # not the city
        "en 2019 Genève",  # a year, not a code (« 2019 » is no code: the year goes first)
        "2000 Forestiers",
        "1500 patients",
        "soit 1205 cas",
    ],
)
def test_four_digits_that_are_not_foreign_postcodes(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []


def test_foreign_cities_after_a_place_cue() -> None:
    assert values("elle vit à Genève depuis 2 ans", "VILLE") == ["Genève"]
    assert values("transféré de Lausanne", "VILLE") == ["Lausanne"]
