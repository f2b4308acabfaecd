"""The floor and door after a street line (« 3e étage gauche », « porte droite ») are part of the
address, and a kilometre point numbers a house along a road (« PK 12 route de Montsinéry »)."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("visite au 7 rue Mouffetard, 5e étage droite 75005 Paris", "7 rue Mouffetard, 5e étage droite"),
        ("18 allée des Cèdres, porte gauche, code 1234", "18 allée des Cèdres, porte gauche"),
        ("9 impasse du Moulin, étage 2", "9 impasse du Moulin, étage 2"),
        ("habite au PK 21 route de Régina", "PK 21 route de Régina"),
        ("PK 5 chemin de la Levée", "PK 5 chemin de la Levée"),
    ],
)
def test_floors_doors_and_kilometre_points(text: str, expected: str) -> None:
    assert values(text, "ADRESSE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "PK 3,5 selon la carte",  # a kilometre point alone: no street
        "au 3e étage du service de chirurgie",  # a floor without a street line
        "porte gauche de la chambre 12",
    ],
)
def test_floors_and_kilometre_points_alone(text: str) -> None:
    assert values(text, "ADRESSE") == []
