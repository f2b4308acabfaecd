"""Opening hours and a legal text's number explain a long number (issue 8, over-masking on traps).

The fail-closed rule masks the numbers nothing explains: a range of times of day (« 7h30-19h ») and
the year and counter of a law or a decree after « n° » (« décret n° 2021-1234 ») are explained; a
serial number, a patient's number after the same words in another shape, are not.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.recognisers.fr.clock_times import is_time_range
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        # opening hours, shifts, schedules: times of day chained by dashes
        "Horaires : imagerie 8h15-18h45, hôpital de jour 9h-16h30, accueil 24h/24.",
        "Garde de 18h30-8h30, puis astreinte 8H-20H le samedi.",
        "Permanence 14h-14h30 et 16h-16h45, secrétariat de 8 h à 18 h 30.",
        "Créneaux 08h00-10h00-12h00 pour les perfusions.",
        # the number of a legal text after « n° »
        "Selon la loi n° 2016-87 relative aux droits des malades en fin de vie.",
        "Ordonnance n° 2020-428, décret n° 2019-1088 et arrêté ministériel n° 2018-117.",
        # traps: a number that is no time, a serial number, a patient's, still masked
        "Pompe révisée, n° de série <IDENTIFIANT>44190236</IDENTIFIANT>.",
        "Code <IDENTIFIANT>7h30-1945871</IDENTIFIANT> illisible.",
        "Dossier n° <NDA>2024-118734</NDA> clos.",
        "SDRE ; arrêté préfectoral n° <IDENTIFIANT>2025-0873</IDENTIFIANT> notifié.",
    ],
)
def test_times_and_legal_numbers(marked: str) -> None:
    assert_detects(_DETECTOR, marked)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7h30-19h", True),
        ("08h00-12h00-14h00-18h00", True),
        ("24h-8h", True),
        ("25h-8h", False),  # no hour 25
        ("7h75-19h", False),  # no minute 75
        ("7h30", False),  # one time is no range (and too short to be masked)
        ("7h3012345", False),
    ],
)
def test_is_time_range(value: str, expected: bool) -> None:
    assert is_time_range(value) is expected
