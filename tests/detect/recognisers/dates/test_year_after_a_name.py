"""The year of birth after a person's name and a comma (issue 8, probe6: « M. Pires Joaquim, 1979,
déclare », « Mr Da Silva (Manuel, 1961) »). Traps: a count after a common word."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Pires Joaquim, 1979, déclare avoir été frappé", "1979"),
        ("je t'envoie Mr Da Silva (Manuel, 1961) pour sa hernie", "1961"),
        ("Mme Texier Annie, 1959, venue avec son mari", "1959"),
        ("patiente : Rolland, 1990; DRESS", "1990"),
    ],
)
def test_a_year_after_a_name(text: str, expected: str) -> None:
    assert values(text, "DATE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Plaquettes, 1950, stable",
        "Leucocytes, 2000, normaux",
        "Hémoglobine 12, 2000 mg",
        "Dupont, 1950 mg par jour",  # a dose
        "Dupont, 1950 patients inclus",  # no comma or bracket after
    ],
)
def test_counts_after_a_word_stay(text: str) -> None:
    assert values(text, "DATE") == []
