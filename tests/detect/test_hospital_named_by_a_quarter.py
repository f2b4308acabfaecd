"""A hospital named by one word after its type, its quarter of the town or what it serves (« Hôpital
Européen », « Hôpital Central », « Hôpital Nord-Ouest »), in a text typed all in lower case or all in
capitals (issue 8, the perturbation suite's lower case and capitals), where the clause visibly ends.
Not « l'hôpital est … » (a verb), nor such a word where the sentence goes on. Invented sentences."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_touched, parse_inline


@cache
def _detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "adressée par le dr <NOM>pelissier</NOM>, cardiologie, <ETABLISSEMENT>hôpital européen</ETABLISSEMENT>, lyon",
        "compte rendu — <ETABLISSEMENT>hôpital central</ETABLISSEMENT>\nmme <NOM>ravier</NOM>, 71 ans",
        "urgences — <ETABLISSEMENT>hôpital sud-ouest</ETABLISSEMENT> (rendez-vous le <DATE>4 mai</DATE>)",
        "ADRESSÉ PAR LE DR <NOM>PELISSIER</NOM>, CARDIOLOGIE, <ETABLISSEMENT>HÔPITAL NORD-OUEST</ETABLISSEMENT>,"
        " POUR AVIS SUR LA SUITE DU TRAITEMENT",
    ],
)
def test_a_hospital_named_by_its_quarter(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_touched(_detector().detect(text), marked)


@pytest.mark.parametrize(
    "text",
    [
        "l'hôpital est fermé le dimanche, revoir le patient lundi",
        "il préfère l'hôpital central au cabinet de son médecin",
        "prise en charge à l'hôpital, sud de la france.",
    ],
)
def test_no_hospital_where_the_sentence_goes_on(text: str) -> None:
    assert not any(f.label == "ETABLISSEMENT" for f in _detector().detect(text)), text
