"""Words of care stay readable (issue 8): acronyms of procedures, syndromes and scales in capitals that
the lists or the model read as a surname (« proposition de TAVI », « un DRESS à la lamotrigine »,
« L'ETT retrouve »), and the label of the next field after a relation word and its date (« Née :
17|06|1931⏎Entrée : », « née 2/2/1929, GIR 2 »). The names beside them are still masked."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        # acronyms of procedures, syndromes and scales
        "RAo serré symptomatique : proposition de TAVI après discussion collégiale.",
        "Cure de hernie inguinale gauche par TAPP prévue le <DATE>9 février</DATE>.",
        "Éruption fébrile avec éosinophilie : un DRESS à l'allopurinol est suspecté.",
        "Rédige une transmission SBAR pour l'équipe de nuit.",
        "Dyspnée d'effort. L'ETT retrouve une FEVG à 45 %.",
        "Choc cardiogénique réfractaire, mise sous ECMO veino-artérielle.",
        "Indication d'ECMO discutée, L'ECMO est retirée à J5.",
        "ACFA découverte à l'ECG, anticoagulation débutée.",
        # with a name beside the acronym, or a title before it: still a name
        "Dossier de <NOM>M. Tapp</NOM> discuté en RCP ce jour.",
        "Patient <NOM>BERTIN Roger</NOM> : proposition de TAVI.",
        # a relation word, its date, then the next field's label
        "Résidente <NOM>Lemaire Odette</NOM>, née <DATE_NAISSANCE>4/9/1930</DATE_NAISSANCE>, GIR 2.",
        "Née : <DATE_NAISSANCE>21|03|1938</DATE_NAISSANCE>\nEntrée : <DATE>02|11|2026</DATE>",
        "Appelant : épouse, <TELEPHONE>02 41 55 67 80</TELEPHONE>\nBilan : chute sans perte de connaissance.",
        # a relation word and the name right after it: still a name
        "Mme <NOM>Roux</NOM>, née <NOM>Garnier</NOM>, 81 ans.",
    ],
)
def test_care_words_stay_readable_and_names_are_masked(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
