"""A gas or a measure written as its formula stays readable (issue 8: « PaCO2 58 mmHg », where « Paco »
is a first name of the lists): letters glued to one digit, a value after it. A name in the same row or
line is still masked."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Gazométrie | pH 7,34 | PaCO2 49 mmHg | PaO2 66 mmHg | bicarbonates 27",
        "Gazométrie\tpH 7,25\tPaCO2 71 mmHg\tSaO2 88 %",
        "PACO2 63",
        "Paco2 : 44 mmHg sous 2 L/min.",
        # the name beside the formula is still a name
        "Patient <NOM>Paco Herrera</NOM> | pH 7,29 | PaCO2 66 mmHg",
        "Appel de <NOM>Paco</NOM> le fils, 06 :",
    ],
)
def test_formulas_stay_readable_and_names_are_masked(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
