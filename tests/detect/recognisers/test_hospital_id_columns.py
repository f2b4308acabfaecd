"""Stay and patient numbers (issue 8, probe6): the value stops before the next column's address in a
two-column PDF extracted line by line (« N° IPP : 300184471 2 av. de la Gare »), an emergency
visit's number (« Passage urgences : URG25/018442 »), « n° de dossier médical » names the patient's
file and « n° de dossier administratif » the stay. Traps: grouped numbers keep their groups."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "N° IPP : <IPP>300184471</IPP> <ADRESSE>2 av. de la Gare</ADRESSE>",
        "Séjour : <NDA>2503-004781</NDA> <CODE_POSTAL>26000</CODE_POSTAL> <VILLE>Valence</VILLE>",
        "Passage urgences : <NDA>URG25/018442</NDA>   Patient : <IPP>P0088175</IPP>",
        "passage n° <NDA>25-018442</NDA> du jour",
        "N° de dossier administratif : <NDA>25-004417</NDA> ; n° de dossier médical : <IPP>00887125</IPP>",
        "IPP <IPP>12 345 678</IPP> ; sortie demain",
        "NDA : <NDA>2500 3177 42</NDA> Cardiologie",
    ],
)
def test_hospital_numbers(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked, labels=["IPP", "NDA", "ADRESSE", "CODE_POSTAL", "VILLE"])


@pytest.mark.parametrize(
    "text",
    [
        "passage de l'infirmière à 14 h",
        "passage aux urgences : 3 fois ce mois-ci",
        "dossier médical partagé ouvert",
    ],
)
def test_no_number_there(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label in ("IPP", "NDA")]
    assert not found, [text[f.start : f.end] for f in found]
