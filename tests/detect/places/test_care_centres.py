"""Care centres named by their acronym or their speciality (issue 8, probe6): « CAMSP de Lens »,
« SESSAD Les Hirondelles », « USMP de Fresnes », « Centre ophtalmologique des Capucins ». Traps: the
speciality's adjective without a name, an examination."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TSA diagnostiqué, suivi au CAMSP de Lens depuis deux ans", "CAMSP de Lens"),
        ("suivi au camsp de lens depuis 2 ans", "camsp de lens"),
        ("orienté vers le SESSAD Les Hirondelles", "SESSAD Les Hirondelles"),
        ("extraction demandée par l'USMP de Fresnes", "USMP de Fresnes"),
        (
            "CONSULTATION — Centre ophtalmologique des Capucins — 11/02/2025",
            "Centre ophtalmologique des Capucins",
        ),
        ("opérée à la Clinique chirurgicale du Val", "Clinique chirurgicale du Val"),
    ],
)
def test_a_care_centre(text: str, expected: str) -> None:
    assert _establishments(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "examen chirurgical de la main, bilan dentaire",
        "Centre dentaire",
        "prise en charge au centre ophtalmologique de garde",
        "le CAMSP est fermé en août",
    ],
)
def test_no_centre_there(text: str) -> None:
    assert _establishments(text) == []
