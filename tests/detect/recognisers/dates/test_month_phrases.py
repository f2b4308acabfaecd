"""A month without a day in a time phrase is a date; a month word elsewhere is not."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("douleurs depuis fin octobre", ["fin octobre"]),
        ("Revu début mars pour le bilan", ["début mars"]),
        ("chute à la mi-janvier", ["mi-janvier"]),
        ("vu courant mai pour une toux", ["courant mai"]),
        ("milieu de juin, reprise du travail", ["milieu de juin"]),
        ("hospitalisée en avril puis revue depuis juin", ["avril", "juin"]),
        ("arrêt de travail de mars à avr", ["mars à avr"]),
        ("entre mai et juillet 2019", ["mai et juillet 2019"]),
        ("AVC novembre 88, séquelles", ["novembre 88"]),
        ("coloscopie juil 19 normale", ["juil 19"]),
        ("en mai 68", ["mai 68"]),
        ("début février 2019", ["début février 2019"]),
        ("fin sept. bilan", ["fin sept"]),
        ("bilan prévu au mois de décembre", ["décembre"]),
        ("fin mars - 25 séances de kiné", ["fin mars"]),  # the count stays in clear
        ("en juin 20 mg de prednisone", ["juin"]),  # a dose, not a year
        ("FIN OCTOBRE : chute", ["FIN OCTOBRE"]),
    ],
)
def test_months_in_time_phrases_are_dates(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "depuis sept jours",  # the number seven
        "sept patients sur dix",
        "Mars est une planète",
        "mise en place de la sonde",
        "de mars",  # no range, no year: nothing says it is a date
        "le mois dernier",
        "mai peut-être",
        "marche difficile",
        "en avant-première",
        "novembre pluvieux, humide",  # no cue
    ],
)
def test_month_words_outside_time_phrases_are_not_dates(text: str) -> None:
    assert values(text) == []


def test_a_day_before_the_month_leaves_it_to_the_month_name_dates() -> None:
    # « 31 février » is no day: only the year is left, as before month phrases existed
    assert values("le 31 février 2020 n'existe pas") == ["2020"]


# The word that places the month relative to the note goes with it (issue #8, probe9).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dossier préparé en décembre dernier avec son accord", ["décembre dernier"]),
        ("revu en mars prochain.", ["mars prochain"]),
        ("courant novembre dernier", ["courant novembre dernier"]),
        ("en mai, dernier bilan normal", ["mai"]),
    ],
)
def test_a_month_relative_to_the_note(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


# An appointment dated by its month alone (issue #8, probe12's family; invented): « la consultation de
# contrôle de mai ». Traps: the same nouns before other words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je la reverrai à la consultation de contrôle de juin.", ["juin"]),
        ("On fera le point au rendez-vous de suivi d'avril.", ["avril"]),
        ("Résultats à apporter au RDV de mai.", ["mai"]),
    ],
)
def test_an_appointment_dated_by_its_month(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "consultation de contrôle de la cicatrice",
        "visite de mise en route du traitement",
    ],
)
def test_appointments_without_a_month(text: str) -> None:
    assert values(text, "DATE") == []
