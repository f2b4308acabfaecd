"""Dates with a French month name, abbreviated or glued."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr.dates.atoms import month_number
from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 3 février 1961", "3 février 1961"),
        ("le 1er mars 2020", "1er mars 2020"),
        ("le 1 er mars 2020", "1 er mars 2020"),
        ("le 12 sept. 2019", "12 sept. 2019"),
        ("le 12 sept 2019", "12 sept 2019"),
        ("le 12 Septembre 2019", "12 Septembre 2019"),
        ("le 12 SEPTEMBRE 2019", "12 SEPTEMBRE 2019"),
        ("en février 2019", "février 2019"),
        ("en fevrier 2019", "fevrier 2019"),
        ("depuis janv. 2021", "janv. 2021"),
        ("mardi 3 mars", "mardi 3 mars"),
        ("le lundi 7 déc. 2020", "lundi 7 déc. 2020"),
        ("le 3 août", "3 août"),
        ("le 3 aout 20", "3 aout 20"),
        ("prélevé le 05nov", "05nov"),
        ("prélevé le 05nov2019", "05nov2019"),
        ("né en dec1993", "dec1993"),
        ("le 3fev", "3fev"),
        ("revue le 06jan.", "06jan"),  # the final dot stays in clear
        ("le 22mar16", "22mar16"),
        ("le 26jun", "26jun"),
        ("en jul2017", "jul2017"),
        ("le 31 décembre 1999", "31 décembre 1999"),
        ("prélevé le 03-févr-2020", "03-févr-2020"),
        ("export du 03-Feb-2020", "03-Feb-2020"),  # laboratory exports use English abbreviations
        ("le 12-May-2019", "12-May-2019"),
        ("le 3/fév/2020", "3/fév/2020"),
        ("hospitalisé du 3 au 5 mars 2020", "3 au 5 mars 2020"),  # both days of a range go
        ("les 3 et 4 mai", "3 et 4 mai"),
        ("Les 10, 15 et 21 septembre 1993, la Commission", "10, 15 et 21 septembre 1993"),  # a list of days
        ("séances les 2, 5, 9 et 12 mars", "2, 5, 9 et 12 mars"),
        ("J2 au 5 mars", "5 mars"),  # « J2 » is a relative day, not a date
        ("Contrôle prévu fin mars-25", "fin mars-25"),  # the qualifier is part of the date
        ("RDV pour juin/2025", "juin/2025"),
        ("courrier d'oct.-24", "oct.-24"),
    ],
)
def test_dates_with_month_names_are_found(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_a_range_from_a_month_to_a_day() -> None:
    # « fin mars » is a month in a time phrase; the day goes with the next month
    assert values("fin mars-15 avril") == ["fin mars", "15 avril"]


@pytest.mark.parametrize(
    "text",
    [
        "sept jours de traitement",
        "sept 2000 mg",
        "mise en place de la sonde",
        "marche difficile, décès du père",
        "le 31 février",
        "le 30 février",
        "maintenant",
        "Mars et Vénus",
        "sept-10 jours de traitement",  # « sept » is seven
        "mars-25 mg",
        "janvier-12 ans",
        "avril-mai",
    ],
)
def test_month_words_that_are_not_dates(text: str) -> None:
    # a month in a time phrase (« en mai », « fin mars ») is a date: see test_month_phrases.py
    assert values(text) == []


def test_an_impossible_day_leaves_only_the_year() -> None:
    # « 31 février 2020 » is a typo for a real date: the year still goes, as a year in context.
    assert values("le 31 février 2020") == ["2020"]


def test_a_dose_after_a_day_and_month_is_left_out() -> None:
    assert values("le 12 mars 2000 mg de paracétamol") == ["12 mars"]


@pytest.mark.parametrize(
    ("name", "number"),
    [("janvier", 1), ("Janv.", 1), ("fév", 2), ("FÉVRIER", 2), ("mars", 3), ("avr.", 4), ("mai", 5),
     ("juin", 6), ("jun", 6), ("juil.", 7), ("août", 8), ("aou", 8), ("sept.", 9), ("oct", 10),
     ("nov.", 11), ("déc", 12), ("decembre", 12)],
)  # fmt: skip
def test_month_numbers(name: str, number: int) -> None:
    assert month_number(name) == number


def test_unknown_month_name() -> None:
    assert month_number("brumaire") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patiente née le 14 mars '58 à Sète", ["14 mars '58"]),  # the century's apostrophe
        ("vue le 3 mai ’21 en consultation", ["3 mai ’21"]),
        ("le 3 mai 'à jeun'", ["3 mai"]),  # a quote, no year
    ],
)
def test_a_year_with_its_apostrophe(text: str, expected: list[str]) -> None:
    assert values(text) == expected
