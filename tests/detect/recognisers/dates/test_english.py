"""Dates with an English month name, as exports and letters from abroad write them."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB: March 14, 1950", "March 14, 1950"),
        ("seen on Mar 14 1950", "Mar 14 1950"),
        ("report of 3rd May 2020", "3rd May 2020"),
        ("14 March 1950", "14 March 1950"),
        ("since September 2019", "September 2019"),
        ("on December 1st, 2021", "December 1st, 2021"),
    ],
)
def test_english_dates_are_found(text: str, expected: str) -> None:
    assert values(text, "DATE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "you may 14 times",
        "May 3",  # no year
        "February 30, 2020",  # no such day
        "March 2000 mg",
        "Augustin 1950",
        "the march 14, 1950",  # not capitalised: a word
    ],
)
def test_english_words_that_are_not_dates(text: str) -> None:
    assert values(text) == []
