"""A country after a cue of birth, origin or residence stays readable (issue 8: « arrivé en France »,
« née en Turquie »): a country identifies nobody. The town beside it, the date of birth and the
countries that are also a city (Luxembourg) or a territory of France are still masked."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        # the country alone after the cue, in each of its forms (« en », « au », « d' », « de »)
        "Patiente arrivée en France en <DATE>2003</DATE>, suivie pour un diabète de type 2.",
        "M. <NOM>Karaca</NOM>, né en Turquie, consulte pour des lombalgies.",
        "Mère résidant au Royaume-Uni, joignable par courriel.",
        "Famille arrivée d'Ukraine au printemps, bilan de santé des primo-arrivants.",
        "Enfant arrivé de Côte d'Ivoire il y a trois mois, toux persistante.",
        # two countries joined in one run
        "Parents originaires du Sénégal et du Mali, consanguinité niée.",
        # the town of birth beside the country is still masked
        "Né à <VILLE>Oran</VILLE> (Algérie), arrivé en France enfant.",
        "Mme <NOM>Sousa</NOM>, née le <DATE_NAISSANCE>14/02/1951</DATE_NAISSANCE> à <VILLE>Braga</VILLE>, arrivée en France en <DATE>1972</DATE>.",
        # a country that is also its capital, a territory of France: still a place
        "Patient domicilié à <VILLE>Luxembourg</VILLE>, frontalier.",
        "Fils installé en <VILLE>Nouvelle-Calédonie</VILLE> depuis dix ans.",
    ],
)
def test_countries_stay_readable_and_towns_are_masked(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
