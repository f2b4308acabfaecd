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


# The day of an event of care told the same way (probe16's family): the participle, « le », the day,
# then a preposition or the clause's end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Franck, vu le 24 par Mme Petit puis par le Dr Lefort", ["24"]),
        ("opérée le 12, suites simples", ["12"]),
        ("hospitalisé le 3 pour une pneumopathie", ["3"]),
        ("admise le 17 aux urgences", ["17"]),
        ("sortie le 5.", ["5"]),
    ],
)
def test_an_events_day_alone(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "vu le 24 mg de la dose",  # a dose
        "revu le 3e jour",  # an ordinal
        "le 12 par voie orale",  # no event before it
        "hospitalisé le 40 pour rien",  # no such day
    ],
)
def test_no_events_day_is_made_up(text: str) -> None:
    assert values(text, "DATE") == []
