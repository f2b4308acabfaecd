"""Families of the twenty-fourth held-out batch (issue 8: text nobody here wrote), each with invented
text: a hospital named after the unit that heads a letter or a result (« Pneumologie — Purpan »),
and the traps that go with it (a speciality before a word that names no hospital)."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

DETECTOR = Detector()


def _masked(text: str, part: str) -> bool:
    start = text.index(part)
    covered = [False] * len(text)
    for f in DETECTOR.detect(text):
        for k in range(f.start, f.end):
            covered[k] = True
    return all(covered[k] for k in range(start, start + len(part)) if text[k].isalnum())


def _touched(text: str, part: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(f.start < end and start < f.end for f in DETECTOR.detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a unit, a dash or a comma, then the hospital's short name: a letterhead's line
        ("Néphrologie — Pontchaillou\nCompte rendu de consultation du 4 mars.", "Pontchaillou"),
        ("Compte rendu — Pneumologie aiguë, Rangueil\nPatiente revue ce jour.", "Rangueil"),
        ("Destinataire : service de neurologie, La Cavale Blanche", "La Cavale Blanche"),
        # a unit with its kind clipped, then the hospital without a separator
        ("GDS artériel — Réa chir Lapeyronie, prélevé à 4h10", "Lapeyronie"),
        # a public psychiatric hospital's status before its short name
        ("Séjour en psychiatrie, secteur 75G21, EPS Maison-Blanche, du 2 au 9 mai.", "EPS Maison-Blanche"),
    ],
)
def test_hospital_after_the_unit_that_heads_it(text: str, part: str) -> None:
    assert _masked(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a speciality, a comma, then a word of the text that is no hospital's name
        ("Avis demandé en cardiologie, puis retour à domicile.", "puis"),
        ("Suivi en pneumologie — bilan en cours.", "bilan"),
    ],
)
def test_no_hospital_after_a_unit_alone(text: str, part: str) -> None:
    assert not _touched(text, part)
