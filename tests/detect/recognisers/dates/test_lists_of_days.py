"""Days listed without a cue (issue #8): a list of days with their month where one day is beyond its
month's number (« séances : 4/3, 11/3, 18/3 »: no score is written so), and days listed by commas
before a month (« les 3, 10 et 17 mars »). Traps: scores and blood pressures listed the same way."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("séances : 4/3, 11/3, 18/3, 25/3", ["4/3", "11/3", "18/3", "25/3"]),
        ("pansements 2/5 - 9/5 - 16/5", ["2/5", "9/5", "16/5"]),
        ("HDJ les 3, 10 et 17 mars", ["3, 10 et 17 mars"]),
        ("cures les 3, 10, 17 et 24 mars", ["3, 10, 17 et 24 mars"]),
    ],
)
def test_listed_days_are_dates(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "EVA : 4/10, 6/10, 8/10",  # never above the denominator
        "MMS 24/30, 22/30, 20/30",
        "ratio 1/2, 1/3, 1/4",
        "TA 12/8, 13/8, 14/9",  # blood pressures in cmHg after their cue
        "PA : 14/9, 13/8, 12/7",
        "TENSION 14/9, 13/8, 12/7",
    ],
)
def test_listed_scores_and_pressures_are_not(text: str) -> None:
    assert values(text, "DATE") == []


# A calendar of cures dates each course on its own line, the month in one digit (issue #8, probe9):
# the course's number before the day, as « J8 » before a day of treatment.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cure 4 : 14/04\nCure 5 : 28/4\nCure 6 : 12/5\nPompe débranchée le mercredi.", ["14/04", "28/4", "12/5"]),
        ("Cycle 3 (12/5) bien toléré ; séance n° 4 : 2/6.", ["12/5", "2/6"]),
    ],
)  # fmt: skip
def test_each_course_of_a_calendar_is_dated(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize("text", ["cure 2 : 1/2 dose", "cycle 3 : 3/4 de la dose prévue"])
def test_a_fraction_of_a_dose_after_a_course_is_not(text: str) -> None:
    assert values(text, "DATE") == []
