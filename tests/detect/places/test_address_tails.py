"""The tail of an address written the way forms and letters leave it (issue #8): the town after the
street and a comma on the same line, the town closing a bracket after an establishment, « LYON 3, »
with its comma, a postcode alone on the line after the street, a postcode's bracket wrapped onto the
next line, France's letter before a postcode (« F-67000 »). Traps: a word that is also a commune after a comma outside an address, numbers alone on a
line that follow no street."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Patient hébergé chez son frère, 11 rue de la Gare, Vierzon.", "VILLE", ["Vierzon"]),
        ("vit au 4 rue Nationale, Tours, avec sa fille", "VILLE", ["Tours"]),  # a word, but after a street
        ("Dr Claire FORT (clinique du Parc, Lyon) pour avis", "VILLE", ["Lyon"]),
        ("Copie : Dr Martin (médecin traitant, Villeurbanne)", "VILLE", ["Villeurbanne"]),
        ("Retour à domicile : LYON 3, 41 cours Gambetta", "VILLE", ["LYON 3"]),
        ("Adresse : 27 rue Victor Hugo Saint-Étienne\n42000\nTél : 04 77 32 10 55", "CODE_POSTAL", ["42000"]),
        ("M. Besnard vit à Saint-Malo\n(35400), marié, 2 enfants", "CODE_POSTAL", ["35400"]),
        ("Code postal : F-67000  Ville : Strasbourg", "CODE_POSTAL", ["F-67000"]),  # France's letter
        ("12 rue Kléber, F-67000 Strasbourg", "CODE_POSTAL", ["F-67000"]),
    ],
)
def test_the_tail_of_an_address_is_found(text: str, label: str, expected: list[str]) -> None:
    assert values(text, label) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("douleur cotée (EVA 4, Sens) à la mobilisation", "VILLE"),  # a word in a bracket: no street
        ("Traitement : Kardégic, Orange de Bahia au petit déjeuner", "VILLE"),
        ("résultat 3,5 mg/L", "VILLE"),
        ("Posologie : 3 cp\n12000\nUI par jour", "CODE_POSTAL"),  # no street on the line before
        ("Hb 12,4 g/dL\n69003\nplaquettes", "CODE_POSTAL"),
        ("HbF-12345 mg/L", "CODE_POSTAL"),
        ("F-12345 sans adresse autour", "CODE_POSTAL"),
    ],
)
def test_no_address_no_tail(text: str, label: str) -> None:
    assert values(text, label) == []


def test_a_decimal_after_the_city_is_no_arrondissement() -> None:
    assert values("domiciliée à Lyon 3,5 km du centre", "VILLE") == ["Lyon"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date et lieu de naissance : 05/01/1950, Limoges", ["Limoges"]),
        ("né le 05/01/1950 - Sens", ["Sens"]),  # a word, but where a birth took place
        ("le 05/01/2020, Lyon a gagné", []),  # no birth cue
    ],
)
def test_the_place_of_birth_after_its_date(text: str, expected: list[str]) -> None:
    assert values(text, "VILLE") == expected
