"""Places written without a number (issue 8, eleventh probe batch): a farm or a hamlet led by its
article before the road it stands on (« Les Granges, chemin de … ») or after « domicile » before its
postcode, a commune after a street named without its number, a commune with its department's name in
brackets, a locality no list holds after an establishment and a comma. Traps: an organisation or a
person before a road, a word after an establishment, a department's name alone."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == label]


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Passage IDE chez Mme Rouquette (Les Granges Hautes, chemin du Causse) : pansement fait",
         "ADRESSE", ["Les Granges Hautes", "chemin du Causse"]),
        ("retour à domicile La Petite Borie, 46100 Figeac, avec aides", "ADRESSE", ["La Petite Borie"]),
        ("accident de travail, lieu : dépôt avenue des Tilleuls, Vierzon. Plaie", "VILLE", ["Vierzon"]),
        ("a retired teacher living in Lalinde (Dordogne), seen today", "VILLE", ["Lalinde"]),
        ("née à Meymac (Corrèze) le 3 mai 1941", "VILLE", ["Meymac"]),
        ("Compte rendu — Clinique des Cèdres, Tourlaville\nPatient :", "VILLE", ["Tourlaville"]),
        # a former commune merged since, which no list holds
        ("CRO — Polyclinique de la Baie, Octeville — Dr Hue", "VILLE", ["Octeville"]),
    ],
)  # fmt: skip
def test_a_place_without_number(text: str, label: str, expected: list[str]) -> None:
    found = _found(text, label)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("La Clinique du Parc, rue Pasteur, accueille", "VILLE"),
        ("Le patient, route de Lyon", "ADRESSE"),
        ("Clinique du Parc, Cardiologie\nCompte rendu", "VILLE"),
        ("Hôpital Nord, Urgences.", "VILLE"),
        ("crue de la Vienne (Haute-Vienne) en 2021", "ADRESSE"),
    ],
)
def test_no_such_place_there(text: str, label: str) -> None:
    found = _found(text, label)
    assert not any(w in ("La Clinique du Parc", "Le patient", "Cardiologie", "Urgences") for w in found), (
        found
    )
