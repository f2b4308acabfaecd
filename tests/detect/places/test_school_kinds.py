"""A school named by its kind without « école » (issue 8, probe13's family): « École : maternelle
Jules-Ferry », « scolarisé en élémentaire Paul-Bert », « groupe scolaire Les Tilleuls » (PMI and
school-health forms). Traps: the adjectives (« transmission maternelle de … », « composition
élémentaire de … », « protection maternelle et infantile »), the level alone (« en maternelle »)."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("École : maternelle Victor-Duruy, classe de moyenne section", "maternelle Victor-Duruy"),
        ("Scolarisé en élémentaire Paul-Bert (CE1), AESH à temps partiel.", "élémentaire Paul-Bert"),
        ("Inscrite au groupe scolaire Les Tilleuls depuis la rentrée.", "groupe scolaire Les Tilleuls"),
    ],
)
def test_a_school_by_its_kind(text: str, expected: str) -> None:
    assert _establishments(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Transmission maternelle de Toxoplasma gondii au cours de la grossesse.",
        "Analyse de la composition élémentaire de Spirulina platensis.",
        "Service de protection maternelle et infantile du département.",
        "Elle est en maternelle depuis septembre, propre le jour.",
    ],
)
def test_the_adjective_or_the_level_stays(text: str) -> None:
    assert _establishments(text) == []
