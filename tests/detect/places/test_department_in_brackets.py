"""A department's name in brackets after a commune is no town: « Aubusson (Creuse) ».

Synthetic text only. A letter situates a small commune by its department in brackets; the rules read
the department as the commune's cue and mask the commune; the place tagger also marked the department,
which the probe batches' annotators leave readable
(:func:`egide.detect.places.not_a_place.a_department_in_brackets`). Not when a commune of that name is
no French word or is large (« SMR … (Mayenne) » may name the town).
"""

from __future__ import annotations

import pytest

from egide.detect import DetectConfig, Detector
from egide.detect.places.lexicon import load_lexicon
from egide.detect.places.not_a_place import a_department_in_brackets


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig(use_place_tagger=True))


LETTERS = [
    ("Retour à domicile à Clamecy (Nièvre) avec IDE.", "Clamecy", "Nièvre"),
    ("Né à Sainte-Feyre (Creuse), suivi à Aubusson (Creuse).", "Aubusson", "Creuse"),
    ("Vit seule à Mauléon-Licharre ( Landes ) depuis 2019.", "Mauléon-Licharre", "Landes"),
]


@pytest.mark.parametrize(("text", "town", "department"), LETTERS)
def test_the_department_stays_readable_and_the_town_masked(
    detector: Detector, text: str, town: str, department: str
) -> None:
    found = detector.detect(text)
    at = text.rindex(department)
    assert not any(f.start < at + len(department) and at < f.end for f in found), [
        (str(f.label), text[f.start : f.end]) for f in found
    ]
    start = text.rindex(town)
    assert any(f.start <= start and start + len(town) <= f.end for f in found)


def test_a_commune_that_names_a_department_may_be_the_town() -> None:
    communes = load_lexicon().communes
    text = "vers SMR Les Tilleuls (Mayenne) puis (Creuse) et (Vienne), Nièvre"
    mayenne = text.index("Mayenne")
    assert not a_department_in_brackets(text, mayenne, mayenne + 7, communes.get("mayenne"))
    vienne = text.index("Vienne")
    assert not a_department_in_brackets(text, vienne, vienne + 6, communes.get("vienne"))
    creuse = text.index("Creuse")
    assert a_department_in_brackets(text, creuse, creuse + 6, communes.get("creuse"))
    nievre = text.index("Nièvre")  # no brackets
    assert not a_department_in_brackets(text, nievre, nievre + 6, None)
