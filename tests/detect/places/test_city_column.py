"""Communes in a table's column headed « Ville », « Commune », « Lieu de naissance », with no postcode
or « à » before them. Traps: other columns, cells that are no commune, a commune-like word elsewhere."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nom;Ville;Motif\nGRANDIN;Villeurbanne;lombalgie\nFAURE;Lyon 8e;entorse",
            ["Villeurbanne", "Lyon 8e"],
        ),
        ("Patient\tCommune\tEntrée\nBailly\tSAINT-PRIEST\t12/03\n", ["SAINT-PRIEST"]),
        ("| Nom | Lieu de naissance |\n|---|---|\n| Morel | Quimperlé |", ["Quimperlé"]),
        ('"Nom";"Ville"\n"Roy";"Sens"', ["Sens"]),  # a word, but the column says it is a commune
    ],
)
def test_communes_in_a_city_column(text: str, expected: list[str]) -> None:
    assert values(text, "VILLE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nom;Ville;Motif\nGRANDIN;non renseigné;Vue trouble",  # no commune in the column; « Vue » elsewhere
        "Examen;Résultat;Commentaire\nCRP;12;Sens normal",  # no city column
        "Nom;Ville\nGRANDIN;—\nFAURE;45",
        "Ville;Motif",  # a header row alone
    ],
)
def test_cells_that_are_no_commune_stay(text: str) -> None:
    assert values(text, "VILLE") == []
