"""Roman-numeral months (« 12/IV/2019 ») and an ordinal day before a slashed month (« 1er/04 »)."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("contrôle coro le 12-IV-2020.", "12-IV-2020"),
        ("le 12/IV/2019", "12/IV/2019"),
        ("le 3.XII.19", "3.XII.19"),
        ("le 1er/IX/2021", "1er/IX/2021"),
        ("le 31/I/2024", "31/I/2024"),
        ("le 28/VIII/2018", "28/VIII/2018"),
        ("Mme X (Houria), 5 VII 1972, domiciliée", "5 VII 1972"),  # spaces, a four-digit year
        ("Prochain bilan le 1er/04.", "1er/04"),
        ("bilan 1er/04 à jeun", "1er/04"),  # an ordinal day needs no cue: no score is written so
        ("le 1 er/ 04", "1 er/ 04"),
        ("le 1er/04/2024", "1er/04/2024"),
        ("le 1er-04-2024", "1er-04-2024"),
    ],
)
def test_roman_months_and_ordinal_days_are_found(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Lasilix 12 mg IV, 2 fois par jour",  # the intravenous route
        "12 mg IV",
        "amiodarone IV 300 mg",
        "lymphome stade IV",
        "NYHA III, classe IV",
        "le 31/II/2020",  # no 31 February
        "le 30-II-2021",
        "le 12/iv/2019",  # lower case: « iv » is the route more often than a month
        "le 12/IV",  # no year: a stage or a grade as often as a date
        "note 12-IV-B",
        "Lasilix 3 IV 20 mg ; 2 IV 2 fois ; 40 IV 1990",  # spaces: a year of four digits and a day
        "lot 3-IV-20 mg",  # a dose after it
        "12-IV-2020-5",  # inside a dashed run of numbers
        "1/04 cp le matin",  # a ratio of a tablet
        "classe 1er/04",
        "le 1er/13",  # no thirteenth month
    ],
)
def test_things_around_roman_months_and_ordinals_are_not_dates(text: str) -> None:
    assert values(text) == []
