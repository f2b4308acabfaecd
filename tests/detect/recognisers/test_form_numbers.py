"""An administrative form's number in the official register is nobody's: « cerfa n° 11574*04 ».

The same number prints on every copy of the form; the patient's numbers written on it stay masked.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "DEMANDE D'ENTENTE PRÉALABLE (cerfa n°12039*03)",
        "Certificat médical (Cerfa N° 13878*01) joint au dossier MDPH.",
        "Formulaire cerfa 1545812*02 à compléter.",
        # traps: the patient's numbers on the form stay masked
        "Cerfa n° 11574*04, dossier n° <NDA>4471235</NDA>.",
        "Ticket n° <IDENTIFIANT>58114</IDENTIFIANT> remis au patient.",
    ],
)
def test_form_numbers(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
