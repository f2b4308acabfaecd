"""« à » inside a street's name (issue #8, probe4's residual misses): « 3 rue du Moulin à Vent », « 8
chemin du Pas à l'Âne », « 2 impasse du Puits à Roue »: the word after « à » ends the street line and
is no commune. « 12 rue Pasteur à Lyon », « 4 rue Jean Jaurès à Vire » name the town."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Domicile : 3 rue du Moulin à Vent, 69008 Lyon", "3 rue du Moulin à Vent"),
        ("adresse : 8 chemin du Pas à l'Âne\n24200 Sarlat-la-Canéda", "8 chemin du Pas à l'Âne"),
        ("vit 2 impasse du Puits à Roue 21000 Dijon", "2 impasse du Puits à Roue"),
    ],
)
def test_a_in_the_street_name(text: str, street: str) -> None:
    assert values(text, "ADRESSE") == [street]


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("hébergé 12 rue Pasteur à Lyon, chez son frère", "12 rue Pasteur", "Lyon"),
        ("vit 4 rue Jean Jaurès à Vire, seul", "4 rue Jean Jaurès", "Vire"),
    ],
)
def test_a_before_the_town(text: str, street: str, town: str) -> None:
    assert values(text, "ADRESSE") == [street]
    assert values(text, "VILLE") == [town]
