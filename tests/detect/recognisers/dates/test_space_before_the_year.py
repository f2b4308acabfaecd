"""A numeric date whose year follows a space after a day and a month written with another separator
(issue #8, perturbation « séparateurs de date »: « 24-05 1985 », « 21|02 2025 8h15 », « du 02.12
2024, »): with a four-digit year it is a date without any cue; a two-digit year still needs one, and
more groups of digits after it make a number, not a date (a time of day may follow)."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector


@cache
def engine() -> Detector:
    return Detector()


def _dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in engine().detect(text) if f.label in {"DATE", "DATE_NAISSANCE"}]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Identité saisie (Pelletier Corinne, 24-05 1985).", "24-05 1985"),
        ("Arrivée : CH d'Aix — le 21|02 2025 8h15.", "21|02 2025"),
        ("Patient Roux, 01| 01 1990, sans domicile fixe.", "01| 01 1990"),
        ("prescription du Dr Lamy du 02.12 2024, 15 séances", "02.12 2024"),
        ("ticket de délivrance du 13-03 2025 17:42", "13-03 2025"),
    ],
)
def test_a_four_digit_year_after_a_space_ends_the_date(text: str, date: str) -> None:
    assert any(date in found for found in _dates(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tension 7| 8 94 mmHg.",  # two digits: any two numbers without a cue
        "tension 12-8 2000 mg",  # a measure, then a dose
    ],
)
def test_other_numbers_stay_numbers(text: str) -> None:
    assert _dates(text) == []
