"""A pharmacy that the medicine database names as a medicine's holder is its maker, not a place a patient
goes to (the BDPM set masked four brands of « Pharmacie Centrale des Armées » after pharmacies became
establishments); a dispensing pharmacy stays an establishment."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "text",
    [
        "Doxycycline Pharmacie Centrale Des Armees à poursuivre à la sortie.",
        "Bonne efficacité de Iodure De Potassium Pharmacie Centrale Des Armees sur la douleur.",
        "Bonne efficacité de Atropine (sulfate) Pharmacie Centrale des Armées sur la douleur.",
    ],
)
def test_a_holder_of_the_database_is_no_establishment(text: str) -> None:
    assert [f for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("retrait à la Pharmacie du Marché, Millau", "Pharmacie du Marché"),
        (
            "appel de la Pharmacie Centrale de Guebwiller pour le traitement",
            "Pharmacie Centrale de Guebwiller",
        ),
    ],
)
def test_a_dispensing_pharmacy_stays_one(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]
    assert found == [name]
