"""Names in a text typed all in capitals or all in lower case that only the name beside them tells
(issue 8's perturbations): listed names of three letters next to a listed name (« PHAM THI HOA »,
« NGUYEN BAO ANH », « NOAH ET LÉO »), a first name then a surname that is also a word where the name
ends (« louise rivière, 34 ans », « M. PAUL MARCHAND ET SON FILS »), a surname after « patient »
before its date. Traps: acronyms, verbs and adjectives in the same places. Invented people."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

NAMES = [
    "N° <IDENTIFIANT>417762</IDENTIFIANT> — REÇU LE <DATE>02.06.2025</DATE> — <NOM>PHAM THI HOA</NOM> (F, <DATE>1958</DATE>)\nLEUCOCYTES 10^5/ML, E. COLI",
    "CARNET DE VACCINATION — <NOM>NGUYEN BAO ANH</NOM> (NÉ LE <DATE_NAISSANCE>03.09.2019</DATE_NAISSANCE>)",
    "ENTOURAGE : SA FEMME, SES FILS <NOM>NOAH</NOM> ET <NOM>LÉO</NOM>, UNE VOISINE PASSE CHAQUE JOUR.",
    "chère consœur,\nje revois ce jour <NOM>louise rivière</NOM>, 34 ans, pour le suivi de sa grossesse",
    "PRÉSENTS : <NOM>M. PAUL MARCHAND</NOM> ET SON FILS <NOM>PIERRE-YVES</NOM>, VENUS DE LOIN",
    "ARRIVÉE À 23H40 VIA SAMU 75. PATIENT <NOM>ROUX</NOM>, <DATE>01/01/1990</DATE>, SANS DOMICILE FIXE.",
    # a date in words after a titled name in capitals is a date, not the name's next words
    "JE PROPOSE DE REVOIR MME <NOM>GUÉRIN</NOM> LE <DATE>QUATORZE SEPTEMBRE DEUX MILLE VINGT-CINQ</DATE> AVEC UN BILAN.",
    # an address on the web in capitals is no hospital (« CHU-EXEMPLE »)
    "PUIS REQUESTS.GET('<URL>HTTPS://DPI.CHU-EXEMPLE.FR/PATIENT/78491796/CR</URL>') RENVOIE 403",
]

TRAPS = [
    "PATIENT CALME, 12 ENTRÉES AUX URGENCES CETTE ANNÉE, EVA 3/10 ET HTA SOUS TRAITEMENT",
    "LE PATIENT MARCHE, 3 FOIS PAR JOUR AVEC UN DÉAMBULATEUR DANS LE COULOIR DU SERVICE",
    "le patient porte, 2 fois par jour, ses bas de contention sans difficulté",
    "PATIENT LÉGER, 45 KG POUR 1M70, DÉNUTRITION SÉVÈRE À PRENDRE EN CHARGE RAPIDEMENT",
    "HISTOIRE DE LA CHIRURGIE PARISIENNE ANCIENNE : LE REGNE DE FRANCOIS IER",
    "ATTENTION : EVA ET HTA À SURVEILLER, BILAN À REFAIRE AVANT LA SORTIE",
]


@pytest.mark.parametrize("marked", NAMES)
def test_a_name_told_by_the_name_beside_it(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TRAPS)
def test_words_beside_names_stay_readable(text: str) -> None:
    assert [(f.label, text[f.start : f.end]) for f in _DETECTOR.detect(text) if f.label == "NOM"] == []
