"""A place name alone as the street line, just before « , » + postcode + commune (farms, hamlets,
crossroads). Traps: organisations, the commune written twice, a code that is no postcode, no commune."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("demeurant : Les Trois Ormeaux, 79200 Parthenay", "Les Trois Ormeaux"),
        ("Mme Aubrac, 54 ans, La Grange du Moulin, 36200 Argenton-sur-Creuse ;", "La Grange du Moulin"),
        ("Adresse :\nLe Petit Bois Joli, 22400 Lamballe-Armor", "Le Petit Bois Joli"),
        ("retour au domicile – Ker Anna, 29720 Plonéour-Lanvern", "Ker Anna"),
    ],
)
def test_a_place_name_before_the_postcode_is_the_street_line(text: str, expected: str) -> None:
    assert values(text, "ADRESSE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Service de Cardiologie, 35000 Rennes",  # an organisation
        "Laboratoires Servier, 92284 Suresnes Cedex",
        "Clinique Saint Joseph, 75014 Paris",
        "Saint-Malo, 35400 Saint-Malo",  # the commune twice
        "Les Trois Ormeaux, 99999 Parthenay",  # no such postcode
        "Les Trois Ormeaux, 79200 mg",  # no commune after the code
        "les trois ormeaux, 79200 Parthenay",  # no capitals: nothing says it is a name
    ],
)
def test_what_is_no_street_line_stays(text: str) -> None:
    assert values(text, "ADRESSE") == []
