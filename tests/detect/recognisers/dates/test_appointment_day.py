"""The day alone of an appointment (issue #8, probe12's family; every example invented): a voicemail or
an SMS gives the day without its month, in digits or in words (« il a rendez-vous le vingt-six »).
Traps: an hour, a duration, a dose, a full date (read whole by the other recognisers)."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ma fille a rendez-vous le dix-neuf chez le cardiologue", ["dix-neuf"]),
        ("RDV le 23 avec le Dr Morel, elle ne pourra pas venir", ["23"]),
        ("il est convoqué le premier pour le bilan", ["premier"]),
        ("le rendez-vous est prévu le trente et un", ["trente et un"]),
    ],
)
def test_an_appointments_day_alone(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "RDV le 14 h à l'accueil",  # an hour
        "rendez-vous le 3 jours après la sortie",  # a duration
        "RDV le 40 du mois",  # no such day
    ],
)
def test_hours_durations_and_impossible_days(text: str) -> None:
    assert values(text, "DATE") == []


def test_a_full_date_stays_whole() -> None:
    assert values("rendez-vous le 19 mars 2026", "DATE") == ["19 mars 2026"]
