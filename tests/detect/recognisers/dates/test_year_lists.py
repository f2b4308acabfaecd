"""Years of a bracket's list and a year of birth closing a banner's sentence (issue 8, tenth probe
batch): « 3 doses (2005, 2005, 2006) », « Patient : M. Kerhervé Loïc, 1955. Médecin : … ». Traps:
counts in brackets and after a common word."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a reçu 3 doses (2005, 2005, 2006) ; anti-HBs 412", ["2005", "2005", "2006"]),
        ("Patient : M. Kerhervé Loïc, 1955. Médecin préleveur : Dr Le Meur", ["1955"]),
    ],
)
def test_the_years_are_found(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize("text", ["dosages (1200, 1300, 1400) UI", "Plaquettes, 1950. Leucocytes, 8000."])
def test_counts_stay(text: str) -> None:
    assert values(text, "DATE") == []
