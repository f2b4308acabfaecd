"""A place named by its kind without a house number (« résidence Les Pins », « lieu-dit Le Moulin »,
« hameau de la Forge ») in a text typed all in capitals or all in lower case: re-casing gives its
name the capital the address reader wants (issue 8's perturbations: both cases). Traps: the same
kinds as words (« résidence principale », « la cité »). Invented places."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

PLACES = [
    "dossier de mme <NOM>simon</NOM>, <ADRESSE>lotissement les vignes, 8</ADRESSE>, <CODE_POSTAL>33750</CODE_POSTAL> <VILLE>saint-germain-du-puch</VILLE>.",
    "DOSSIER DE MME <NOM>SIMON</NOM>, <ADRESSE>LOTISSEMENT LES VIGNES, 8</ADRESSE>, <CODE_POSTAL>33750</CODE_POSTAL> <VILLE>SAINT-GERMAIN-DU-PUCH</VILLE>.",
    "chez une cousine, <ADRESSE>cité des flamants, bât. 7</ADRESSE>, <CODE_POSTAL>13014</CODE_POSTAL> <VILLE>marseille</VILLE>.",
    "domicile : <ADRESSE>résidence les flamboyants, appt 23</ADRESSE>, <CODE_POSTAL>97490</CODE_POSTAL> <VILLE>sainte-clotilde</VILLE>.",
    "TRANSPORT : <ADRESSE>ROUTE DE SAINT-JEAN</ADRESSE>, <ADRESSE>LIEU-DIT LE MOULIN</ADRESSE>, <CODE_POSTAL>24200</CODE_POSTAL> <VILLE>SARLAT</VILLE>",
    "vit seul au <ADRESSE>moulin de kerhuel</ADRESSE>, ferme isolée, sans voisin proche.",
    "IL VIT AU <ADRESSE>HAMEAU DE LA FORGE</ADRESSE> AVEC SA FEMME DEPUIS LA RETRAITE.",
]

TRAPS = [
    "résidence principale : maison de plain-pied, vit seul, autonome pour la toilette.",
    "RÉSIDENCE PRINCIPALE EN APPARTEMENT AU TROISIÈME ÉTAGE SANS ASCENSEUR, VIT SEUL",
    "en résidence secondaire pour l'été, retour prévu à la rentrée, pas de suivi à organiser",
    "la cité est calme, le patient sort peu, pas de chute depuis la dernière consultation",
    "SOUFFLE EN BRUIT DE MOULIN À L'AUSCULTATION APRÈS LA POSE DU CATHÉTER, ÉCHOGRAPHIE FAITE",
]


@pytest.mark.parametrize("marked", PLACES)
def test_an_unnumbered_place_in_one_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TRAPS)
def test_kinds_of_places_as_words_stay_readable(text: str) -> None:
    assert [(f.label, text[f.start : f.end]) for f in _DETECTOR.detect(text)] == []
