"""A square written with « place » in lower case and no number (issue #8, probe8): « , place du
Général-de-Gaulle à Lille », « le cabinet est place Stanislas »; the tower, lot or entrance after a
street line (« cité Maurice Thorez, tour 4, 11e étage », « lotissement Les Balatas, lot 14 »). Traps:
« mise en place du Holter », « à la place de Mme Martin », « place du PICC », « tour de taille »."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Malaise sur la voie publique, place du Général-de-Gaulle à Lille.", "place du Général-de-Gaulle"),
        ("Le cabinet du Dr Hummel est place Stanislas.", "place Stanislas"),
        ("Vit à Ivry, cité Maurice Thorez, tour 4, 11e étage, sans ascenseur.", "cité Maurice Thorez, tour 4, 11e étage"),
        ("Domicile : lotissement Les Balatas, lot 14, 97320 Saint-Laurent-du-Maroni", "lotissement Les Balatas, lot 14"),
        ("Entrée B, 4 rue des Écoles, 75005 Paris", "Entrée B, 4 rue des Écoles"),
    ],
)  # fmt: skip
def test_a_square_and_the_units_of_an_estate(text: str, address: str) -> None:
    assert values(text, "ADRESSE") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Mise en place du Holter ce matin, remise en place de la Sonde.",
        "À la place de Mme Martin, sa fille viendra.",
        "Vérifier la place du PICC, trouver une place Dans le service.",
        "Tour de taille 98 cm, lot de 3 compresses.",
    ],
)
def test_no_square_there(text: str) -> None:
    assert values(text, "ADRESSE") == []


def test_the_tour_of_the_waist_after_a_street_line_is_no_unit() -> None:
    assert values("12 rue des Lilas, tour de taille 90 cm", "ADRESSE") == ["12 rue des Lilas"]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Domicile : Kerampont, 22300 Lannion ; résidence secondaire.", ["Kerampont"]),
        ("Mme Martin\nPenhoat, 29800 Landerneau", ["Penhoat"]),
        ("Adresse : Domicile, 75013 Paris ; Bretagne, 22300 Lannion.", []),
    ],
)
def test_a_hamlet_of_one_word_before_its_postcode(text: str, addresses: list[str]) -> None:
    assert values(text, "ADRESSE") == addresses


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Domicile : Imm. Les Alizés, appt 3, route de Cilaos, 97421 Saint-Louis", "Imm. Les Alizés, appt 3, route de Cilaos"),
        ("Immeuble Le Cèdre, 12 rue des Lilas, 75012 Paris", "Immeuble Le Cèdre, 12 rue des Lilas"),
    ],
)  # fmt: skip
def test_the_building_and_the_flat_before_the_street(text: str, address: str) -> None:
    assert values(text, "ADRESSE") == [address]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Adresse au Maroc : Derb Sidi Bouloukat n° 12, Marrakech.", ["Derb Sidi Bouloukat n° 12"]),
        ("Chez sa sœur, Hay Mohammadi, Casablanca.", ["Hay Mohammadi"]),
        ("Rhume des foins (hay fever), douar : aucun.", []),
    ],
)
def test_maghreb_lanes_and_districts(text: str, addresses: list[str]) -> None:
    assert values(text, "ADRESSE") == addresses
