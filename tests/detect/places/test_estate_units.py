"""The house, the tower or the building of an estate after its name (issue #8, probe8's and probe10's
residual misses): « Lotissement Les Oliviers, villa 12 », « lotissement Les Acacias, pavillon 3 », « quartier
des Aubiers, tour 4 »; « quartier » opens a street line only when such a unit follows (« habite le
quartier de Cavani Sud » is the place the communes' reader names by its kind). Traps: a district of
common words, a breast quadrant."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adresse : Lotissement Les Oliviers, villa 12, 13400 Aubagne", ["Lotissement Les Oliviers, villa 12"]),
        ("domicile : lotissement Les Acacias, pavillon 3", ["lotissement Les Acacias, pavillon 3"]),
        ("vit chez sa sœur, quartier des Aubiers, tour 4, depuis mars", ["quartier des Aubiers, tour 4"]),
        ("hébergée quartier de la Grande Borne, bât. C", ["quartier de la Grande Borne, bât. C"]),
    ],
)  # fmt: skip
def test_the_unit_of_an_estate_goes_with_its_line(text: str, expected: list[str]) -> None:
    assert values(text, "ADRESSE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "nodule du quartier supéro-externe, tour de taille 92 cm",
        "un quartier Difficile, quartier Général, bât. B",
        "pas de villa à louer, villa Médicis",
    ],
)
def test_districts_of_common_words_are_no_address(text: str) -> None:
    assert values(text, "ADRESSE") == []
