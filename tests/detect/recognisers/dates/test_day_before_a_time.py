"""A day and a month in numbers before a time of day (issue 8, probe6: « irm (19/3 18h clinique st
vincent) »): an appointment. Traps: ratios, pressures and scores before a time."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rappeler pr son irm (19/3 18h clinique)", "19/3"),
        ("bilan 14/03 10h15 au labo", "14/03"),
        ("consultation 2/4 à 14 h 30", "2/4"),
        ("rdv kiné 7/5 9h", "7/5"),
    ],
)
def test_a_day_before_its_time(text: str, expected: str) -> None:
    assert values(text, "DATE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "ratio 1/3 18 h plus tard",
        "TA 12/8 14h",
        "EVA 3/10 8h",
        "score 4/5 à 10h",
        "1/2 cp 8h",
    ],
)
def test_ratios_before_a_time_stay(text: str) -> None:
    assert values(text, "DATE") == []
