"""A commune in the cell after a practitioner's, a practice's or a street's cell of a table's row is
where they are, as it is after a comma (issue #8, perturbation « lignes de tableau »: « Dr Perrot |
Tournus », « 21 avenue de la Libération | Rezé », « (clinique du Parc | Lyon) », the same with tabs).
A commune that is a word or a medicine's neighbour in a cell stays a word."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector


@cache
def engine() -> Detector:
    return Detector()


def _cities(text: str) -> list[str]:
    return [text[f.start : f.end] for f in engine().detect(text) if f.label == "VILLE"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("| Médecin traitant | Dr Perrot | Tournus |", "Tournus"),
        ("| avis du Dr Claire FORT (clinique du Parc | Lyon) pour avis. |", "Lyon"),
        ("| Adresse | 21 avenue de la Libération | Rezé. Mère | 06 71 20 45 88. |", "Rezé"),
        ("| Cabinet médical de la Gare | Vitré |", "Vitré"),
        ("Médecin traitant\tDr Perrot\tTournus", "Tournus"),
        ("Adresse\t21 avenue de la Libération\tRezé", "Rezé"),
    ],
)
def test_the_commune_in_the_next_cell_is_found(text: str, city: str) -> None:
    assert city in _cities(text)


@pytest.mark.parametrize(
    "text",
    [
        "| Traitement | Doliprane | Orange | Vue |",
        "| Examen | Vue de face | Sens | Bonne |",
    ],
)
def test_words_in_cells_are_no_communes(text: str) -> None:
    assert _cities(text) == []
