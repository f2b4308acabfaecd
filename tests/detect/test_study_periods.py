"""The years a study ran are nobody's when the sentence names nobody (issue 8, over-masking on traps).

« entre YYYY et YYYY » or « de YYYY à YYYY » in a sentence about a study, a cohort, a trial or a
registry, in a text where no person is named: a paper's period. The same years about a patient stay
masked.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Cette cohorte rétrospective, constituée entre 2015 et 2021 dans 9 centres, compte 812 sujets.",
        "Un essai randomisé conduit de 2017 à 2020 a comparé deux schémas d'anticoagulation.",
        "Traduis : « Le registre national, alimenté entre 2010 et 2022, montre une baisse de 14 %. »",
        # traps: a person in the sentence or the text, or no study: the years are an event's
        "Mme <NOM>Ferrandi</NOM> a été incluse dans l'étude entre <DATE>2018</DATE> et <DATE>2020</DATE>.",
        "Le patient a participé à un essai entre <DATE>2016</DATE> et <DATE>2019</DATE>.",
        "Elle a vécu en Guyane entre <DATE>2009</DATE> et <DATE>2014</DATE>.",
        "<NOM>Brossard Lucien</NOM>.\nÉtude menée entre <DATE>2019</DATE> et <DATE>2021</DATE> dans le service.",
    ],
)
def test_study_periods(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
