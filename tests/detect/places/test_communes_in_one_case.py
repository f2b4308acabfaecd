"""Communes that are also words (« Vannes », « Limoges », « Tours ») in a text typed all in capitals
or all in lower case (issue 8's perturbations): re-casing gives them their capital where a person
was born, lives or works (« exerce à vannes », « lieu de naissance : 05/01/1950, limoges ») or where
a commune's office stands (« commissariat de vannes »); the date of birth's ordinal stays an ordinal
(« 1ER JANVIER 1961 À OUJDA »). Traps: the same words in their usual sense."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

COMMUNES = [
    "LIEU DE NAISSANCE : <DATE_NAISSANCE>05/01/1950</DATE_NAISSANCE>, <VILLE>LIMOGES</VILLE>\nMÉDECIN TRAITANT : DR <NOM>PONS</NOM>",
    "SON MÉDECIN TRAITANT, LE DR <NOM>LAMBERT</NOM>, EXERCE À <VILLE>VANNES</VILLE> ; TÉL CABINET <TELEPHONE>02.97.47.12.36</TELEPHONE>.",
    "RETRAITÉ, NÉ LE <DATE_NAISSANCE>1ER JANVIER 1961</DATE_NAISSANCE> À <VILLE>OUJDA</VILLE> (MAROC), ANCIEN MAÇON",
    "BRIGADIER-CHEF <NOM>LECOMTE</NOM>, COMMISSARIAT DE <VILLE>VANNES</VILLE>, PROCÈS-VERBAL TRANSMIS AU PARQUET",
    "sa fille habite à <VILLE>vannes</VILLE> depuis trois ans et passe le voir chaque semaine",
    # a place no list holds, where a person lives or in « la commune de »
    "m. <NOM>anders fredin</NOM> réside à <VILLE>grödinge</VILLE>, en suède.",
    "ils possèdent dans la commune de <VILLE>botkyrka</VILLE> un terrain constructible",
]

TRAPS = [
    "IL VIT À SENS UNIQUE AVEC SES HABITUDES, REFUSE TOUTE AIDE, PAS DE CHUTE DEPUIS LE MOIS DERNIER",
    "né à terme, vit à domicile avec sa femme, exerce à temps partiel comme comptable",
    "REMPLACEMENT DES VANNES AORTIQUE ET MITRALE, SUITES SIMPLES, PAS DE SAIGNEMENT",
    "LE PATIENT EXERCE À DOMICILE DES TOURS DE MARCHE AVEC SON DÉAMBULATEUR",
    "il réside à domicile, seul, et la commune de résidence est inconnue",
    # « ne » is the negation, not « né »
    "LE NATALIZUMAB NE DOIT PAS ÊTRE ADMINISTRÉ AU COURS DE LA GROSSESSE SAUF NÉCESSITÉ",
]


@pytest.mark.parametrize("marked", COMMUNES)
def test_a_commune_that_is_a_word_in_one_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TRAPS)
def test_words_that_are_communes_stay_readable(text: str) -> None:
    assert [(f.label, text[f.start : f.end]) for f in _DETECTOR.detect(text)] == []
