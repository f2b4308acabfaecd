"""Words of social services, of psychiatric care under constraint and of law that are nobody (issue 8,
tenth probe batch): articles of a code (« L3212-1 », « R4127-35 ») are no unexplained identifiers, and
acronyms (« DALO », « SIAO », « ORDO », « EVASAN ») no surnames in capitals. The identifiers beside
them are still found."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "text",
    [
        "Vu les articles L3212-1 à L3212-12 du code de la santé publique.",
        "Conformément à l'article R4127-35, le médecin informe le patient.",
        "Hébergement via le 115, orientation SIAO vers un CHRS ; dossier DALO déposé ; GIR 4.",
        "EVASAN vers le CHU demandée par le médecin régulateur.",
        "ORDO : amoxicilline 1 g matin et soir pendant 7 jours.",
    ],
)
def test_nothing_is_found(text: str) -> None:
    assert [text[f.start : f.end] for f in _DETECTOR.detect(text)] == []


def test_the_number_beside_an_article_is_still_found() -> None:
    text = "Arrêté pris au titre de l'article L3213-2 ; dossier patient 40022871."
    found = [text[f.start : f.end] for f in _DETECTOR.detect(text)]
    assert found == ["40022871"]
