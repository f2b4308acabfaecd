"""Numeric dates glued to capitals, as overflowing columns of exports and banners print them."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MR FALCONNET ROGER14/06/1951  SEJOUR", ["14/06/1951"]),
        ("HOSP DU 02/01/2024AU09/01/2024", ["02/01/2024", "09/01/2024"]),
        ("ENTREE 5/11/2023SORTIE", ["5/11/2023"]),
        ("MME VOLANT ODILE(1960)CONSULT21/09", ["21/09"]),
        ("RDV04/12 A 10H", ["04/12"]),
    ],
)
def test_dates_glued_to_capitals_are_found(text: str, expected: list[str]) -> None:
    assert [v for v in values(text, "DATE") if "/" in v] == expected


@pytest.mark.parametrize(
    "text",
    [
        "LOT A12/03/2020",  # one capital: a code's prefix
        "ref AB12.03.2024",  # dots: a code more often than a date
        "ECG12/03",  # a day and month alone glued to a word that is no date cue
        "TA 12/8CS",  # a pressure
        "AB31/02/2020",  # no such day
        "REF AB12/03/20245",  # a longer number
    ],
)
def test_glued_numbers_that_are_not_dates(text: str) -> None:
    assert [v for v in values(text, "DATE")] == []
