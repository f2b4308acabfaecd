"""Hospitals, clinics and homes named in a text typed all in capitals or all in lower case (issue 8's
perturbations): the hospitals everyone names without their type after « À », « À LA » in capitals;
the first reading's listed hospital kept when re-casing cannot confirm it (« L'HEGP » re-cased is
« l'Hegp »); an acronym in a bracket after a doctor's name is no second word of the name; a clinic
after a comma; the médico-social homes' acronyms (« CHRS », « CMP ») and « EHPAD résidence … ».
Traps: the same words where no establishment is named. Invented establishments but the listed
hospitals."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

ESTABLISHMENTS = [
    "BILAN FAIT À LA <ETABLISSEMENT>PITIÉ</ETABLISSEMENT> EN <DATE>MAI 2023</DATE> PUIS SUIVI À <ETABLISSEMENT>FOCH</ETABLISSEMENT>",
    "ÉCHOGRAPHIE DE CONTRÔLE À FAIRE À <ETABLISSEMENT>BICÊTRE</ETABLISSEMENT> OU À L'<ETABLISSEMENT>HEGP</ETABLISSEMENT>, SELON LES DÉLAIS",
    "SUIVIE À <ETABLISSEMENT>NECKER</ETABLISSEMENT> DANS L'ENFANCE, PUIS À <ETABLISSEMENT>GUSTAVE ROUSSY</ETABLISSEMENT> POUR SON LYMPHOME",
    "RCP : DR <NOM>MOULIN</NOM> (<ETABLISSEMENT>CHU GRENOBLE ALPES</ETABLISSEMENT>), DR <NOM>FAUCHER</NOM> (<ETABLISSEMENT>CH VOIRON</ETABLISSEMENT>) PRÉSENTS",
    "PRÉLEVEUR : DR <NOM>QUÉRÉ</NOM>, <ETABLISSEMENT>CLINIQUE PASTEUR</ETABLISSEMENT>, <ADRESSE>32 RUE AUGUSTE KERVERN</ADRESSE>, <CODE_POSTAL>29200</CODE_POSTAL> <VILLE>BREST</VILLE>",
    "HÉBERGÉ DEPUIS DEUX MOIS AU <ETABLISSEMENT>CHRS LE RELAIS</ETABLISSEMENT>, DOMICILIATION EN COURS",
    "PATIENT ORIENTÉ PAR LE DR <NOM>GUILLEMIN</NOM>, <ETABLISSEMENT>CMP VILLEURBANNE NORD</ETABLISSEMENT>.",
    "<ETABLISSEMENT>ehpad résidence le clos fleuri</ETABLISSEMENT> — <TELEPHONE>03 85 41 09 20</TELEPHONE> (ide 24h/24)",
    # a dash between spaces ends a home's name, not a street's word: the phone stays a phone
    "<ETABLISSEMENT>EHPAD Résidence Le Clos Fleuri</ETABLISSEMENT> — <TELEPHONE>03 85 41 09 20</TELEPHONE> (IDE 24h/24)",
    # glued after a sentence's stop, an establishment is still one (no address on the web there)
    "ouvert de midi à 4 heures.<ETABLISSEMENT>Institut Pasteur</ETABLISSEMENT> (<ADRESSE>25, rue Dutot</ADRESSE>).",
]

TRAPS = [
    "EXAMEN CLINIQUE, PUIS BILAN BIOLOGIQUE COMPLET AVEC IONOGRAMME ET NUMÉRATION FORMULE",
    "ADRESSÉ AU CMP POUR SUIVI, PAS DE TRAITEMENT INSTAURÉ À CE JOUR, REVOIR DANS UN MOIS",
    "le patient vit à l'ehpad depuis deux ans, il est autonome pour la toilette",
    "DOSAGE DE L'AMP ET DU CMP CYCLIQUE DANS LES URINES DE VINGT-QUATRE HEURES, RÉSULTAT NORMAL",
    "RÉSIDENCE LE PLUS SOUVENT CHEZ SA MÈRE, PAS D'AIDE À DOMICILE, VIT À L'ÉTAGE",
]


@pytest.mark.parametrize("marked", ESTABLISHMENTS)
def test_an_establishment_in_one_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TRAPS)
def test_words_of_establishments_stay_readable(text: str) -> None:
    assert [(f.label, text[f.start : f.end]) for f in _DETECTOR.detect(text)] == []
