"""A heading's noun phrase in capitals stays readable (issue 8: « PROJET D'ACCUEIL INDIVIDUALISÉ »,
« FICHE D'AVIS »): a common word, then « D' » and another common word, though the lists hold « Projet »
and « Davis ». The person the heading is about, and a name with its particle, are still masked."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "PROJET D'ACCUEIL INDIVIDUALISÉ — asthme à l'effort",
        "FICHE D'AVIS — consultation de pré-reprise",
        "DEMANDE D'AVIS : Mme <NOM>Davis</NOM>, 52 ans, lombosciatique.",
        "PROJET D'ACCUEIL INDIVIDUALISÉ — élève <NOM>Léna Roussel</NOM>",
        # a name with its particle after a given name: still a name
        "Patient : <NOM>Jean D'ORMESSON</NOM>, vu ce jour",
    ],
)
def test_heading_noun_phrases_stay_readable_and_names_are_masked(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
