"""The year a protocol or a guideline was revised is nobody's (issue 8, over-masking on traps).

A year right after a verb of revising or writing (« révisée en 2022 », « mis à jour en 2023 ») or
after « version », in a sentence that names a document and nobody. A treatment revised, a protocol
begun for a patient, stay masked.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Table d'équivalence des corticoïdes (version de l'unité, actualisée en 2021) :",
        "Procédure de désinfection des sondes rédigée en 2019, approuvée en 2020.",
        "Grille de surveillance, version 2024, à afficher en salle de soins.",
        # traps: a person in the sentence, or no document, or no verb of revising
        "Traitement révisé en <DATE>2021</DATE> par le cardiologue.",
        "Protocole révisé en <DATE>2022</DATE> avec la patiente.",
        "Protocole de chimiothérapie débuté en <DATE>2023</DATE>.",
        "Fiche mise à jour en <DATE>2020</DATE> par le Dr <NOM>Lestrade</NOM>.",
    ],
)
def test_document_years(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
