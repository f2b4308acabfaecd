"""A region after « en », a classification named after a city (issue 8, over-masking on traps).

A commune takes « à », a region « en »: « en Bretagne », « en Champagne » name a region, which
identifies nobody, even where a commune bears its name. A classification or criteria named after the
city of their consensus meeting (« classification de Montréal », « critères d'Atlanta ») are no
place. A person's town stays masked.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Combien de lits de soins palliatifs dans un CH de taille moyenne en Bretagne ?",
        "Elle vit en Beauce, il travaille en Bretagne.",
        "Rectocolite (classification de Montréal E2 S1), pancréatite selon la classification d'Atlanta.",
        "Lymphome stadifié selon la classification de Lugano, critères de Montréal appliqués.",
        # traps: the commune, after its postcode or « à », stays
        "Domicile : <ADRESSE>2 rue du Lac</ADRESSE>, <CODE_POSTAL>90400</CODE_POSTAL> <VILLE>Bretagne</VILLE>.",
        "Elle habite à <VILLE>Montréal</VILLE> depuis son mariage.",
        "Le syndrome de Parkinson n'est pas retenu, patiente suivie à <VILLE>Quimperlé</VILLE>.",
    ],
)
def test_regions_and_classifications(marked: str) -> None:
    assert_detects(_DETECTOR, marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a scientific meeting named after the city that holds it
        "Travaux présentés au congrès de Strasbourg puis aux journées de Limoges.",
        "Poster accepté au colloque de Grenoble, discuté au symposium de Toulouse.",
        # traps: a person's town beside it stays
        "Il vit à <VILLE>Limoges</VILLE> et a assisté au congrès de Strasbourg.",
    ],
)
def test_meetings_named_after_a_city(marked: str) -> None:
    assert_detects(_DETECTOR, marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a scale named after a city, then the grade it gives
        "TEP de fin de traitement : réponse complète (Deauville 2).",
        "Réévaluation : Deauville 5, progression ; Glasgow 14 à l'arrivée.",
        # traps: the commune with its postcode, an arrondissement
        "Domicile : <ADRESSE>4 rue des Mouettes</ADRESSE>, <CODE_POSTAL>14800</CODE_POSTAL> <VILLE>Deauville</VILLE>.",
        "Suivi à la <ETABLISSEMENT>clinique du Parc</ETABLISSEMENT> (<VILLE>Lyon 6e</VILLE>).",
    ],
)
def test_scales_named_after_a_city_with_their_grade(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
