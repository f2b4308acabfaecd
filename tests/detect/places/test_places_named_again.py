"""Communes as long documents name them (issue #8, probe9): with a department's number in brackets
(« à : Douarnenez (29) », « Commune de décès : Besançon (25) », « Corte (2B) »); in a dateline that a
phone or a margin's column opens (« … 03.88.11.63.95 Strasbourg, le 18.02.2025 »); at the end of a
recipient in a « Copie à » list (« Dr Léost, ophtalmologiste, Landerneau ; »); and again, without a
cue, once a cue has made the name a place in the same text (« Dr Kervarec — Douarnenez »). Traps: a
common word before a bracket (« Vue (29) »), a title before the name (« Dr Laval »), words."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

DETECTOR = Detector()


def _cities(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label.value == "VILLE"]


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Commune de décès : Besançon (25)          Code commune : 25056", ["Besançon"]),
        ("Date de naissance : 23/04/1958    Lieu : Corte (2B)", ["Corte"]),
        ("Dr Thierry KRUMMEL\nSecrétariat : 03.88.11.63.95 Strasbourg, le 18.02.2025", ["Strasbourg"]),
        ("Destinataires : Dr Pellen ; Dr Léost, ophtalmologiste, Landerneau ; Mme Le Bihan.", ["Landerneau"]),
        (
            "Né(e) le : 1941-11-19   à : Douarnenez (29)\nMÉDECIN TRAITANT : Dr KERVAREC Yann — Douarnenez\n",
            ["Douarnenez", "Douarnenez"],
        ),
    ],
)
def test_a_commune_as_a_long_document_names_it(text: str, cities: list[str]) -> None:
    assert _cities(text) == cities


@pytest.mark.parametrize(
    "text",
    [
        "Vue (29) : acuité 8/10 ; Plan (2) du protocole.",
        "Score de Glasgow (15), TA (12) et FC (90).",
        "Tours de taille 90 cm, Plan de soins revu ; Dr Laval, le 12/03/2025.",
    ],
)
def test_words_and_measures_stay_clean(text: str) -> None:
    assert _cities(text) == []
