"""Dates of birth (their own label) and ages of 90 and over."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import find_dates, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient né le 03/02/1961", "03/02/1961"),
        ("Patiente née le 3 février 1961", "3 février 1961"),
        ("Mme X, né(e) le 5/6/1970", "5/6/1970"),
        ("DDN : 03/02/61", "03/02/61"),
        ("DDN 15.05.1975", "15.05.1975"),
        ("Date de naissance : 1961-02-03", "1961-02-03"),
        ("date de naissance : 3 mars 1950", "3 mars 1950"),
        ("D.N. 030261", "030261"),
        ("DN : 18.06-1974", "18.06-1974"),
        ("né en 1961 à Lyon", "1961"),
        ("Née à Lyon le 2 mai 1933", "2 mai 1933"),
        ("née le deux janvier mille neuf cent soixante-dix-huit", "deux janvier mille neuf cent soixante-dix-huit"),
        ("Naissance : 12/12/2012", "12/12/2012"),
        ("né le 03 02 1961", "03 02 1961"),  # spaces only: a date after a birth cue
        ("DUPONT Jean – 44 ans – 31/05/1974", "31/05/1974"),  # a patient banner
    ],
)  # fmt: skip
def test_dates_of_birth_have_their_own_label(text: str, expected: str) -> None:
    assert values(text, "DATE_NAISSANCE") == [expected]
    assert values(text, "DATE") == []  # the overlap rule keeps the more specific label


@pytest.mark.parametrize(
    "text",
    [
        "poids de naissance : 2000 g",
        "né à terme, Apgar 10/10",
        "il ne le sait pas",
        "naissance par césarienne",
    ],
)
def test_birth_words_without_a_date(text: str) -> None:
    assert values(text, "DATE_NAISSANCE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patiente de 92 ans", "92"),
        ("âgée de 95 ans", "95"),
        ("patient de 101 ans", "101"),
        ("Mme X, 90 ans, vit seule", "90"),
        ("centenaire (104ans)", "104"),
        ("Âge : 94\nSexe : F", "94"),
        ("Patiente de quatre-vingt-douze ans, autonome", "quatre-vingt-douze"),
        ("âgée de quatre vingt dix ans", "quatre vingt dix"),
        ("Monsieur, cent deux ans, vit en EHPAD", "cent deux"),
    ],
)
def test_ages_of_ninety_and_over_are_found(text: str, expected: str) -> None:
    found = [f for f in find_dates(text) if f.label == "AGE"]
    assert [text[f.start : f.end] for f in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Patient de 89 ans",
        "âgée de 45 ans",
        "enfant de 9 ans",
        "SpO2 à 92 a motivé l'oxygénothérapie",
        "tabagisme 95 PA",
        "95 ans de tabagisme",  # exposure, not age (an unlikely figure, but the rule must hold)
        "nonagénaire",  # only explicit ages
        "Hb 920 ans",  # not an age under the 90..125 rule
        "Âge : 45",
        "Page : 95",
        "Âge : 94.5 kg",
        "âgé de quatre-vingts ans",  # 80 in words
        "soixante-douze ans",
        "une centaine de patients de douze ans",
    ],
)
def test_other_ages_and_figures_stay(text: str) -> None:
    assert [f for f in find_dates(text) if f.label == "AGE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ne le 14/03/1950 à Lyon", "14/03/1950"),  # typed without accents
        ("nee le 14/03/1950", "14/03/1950"),
        ("né(e)le 14/03/1950", "14/03/1950"),
        ("Né(e) le : 14/03/1950", "14/03/1950"),
        ("sa date de naissance est le 14 mars 1950", "14 mars 1950"),
        ("date de naissance déclarée : 14/03/1950", "14/03/1950"),
        ("née en France le 14/03/1950", "14/03/1950"),
        ("DUPONT Jean | M | 14/03/1950", "14/03/1950"),  # a table row: the sex cell, then the date
        ("DUPONT Jean | F | 14|03|1950 | Lyon", "14|03|1950"),
        ("DUPONT\tJean\tF\t14/03/1950", "14/03/1950"),
        ("Mme DURAND, 14/03/1950 (74 ans), adressée", "14/03/1950"),  # the date then the age it gives
        ("Mme DURAND 3 mars 1950 - 74 ans", "3 mars 1950"),
    ],
)
def test_dates_of_birth_in_rows_sentences_and_typos(text: str, expected: str) -> None:
    assert values(text, "DATE_NAISSANCE") == [expected]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("hospitalisée le 14/03/2020 (74 ans)", "14/03/2020"),  # year + age is no year of a note
        ("Lit 4 | TA | 14/03/2020 | entrée", "14/03/2020"),  # not a sex cell
        ("traitement | 3 | 14/03/2020", "14/03/2020"),
    ],
)
def test_dates_that_are_not_dates_of_birth(text: str, date: str | None) -> None:
    assert values(text, "DATE_NAISSANCE") == []
    if date is not None:
        assert values(text, "DATE") == [date]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date de naissance :\n14/03/1950", "14/03/1950"),  # a form: label, then the value on the next line
        ("DDN\n14/03/1950", "14/03/1950"),
    ],
)
def test_dates_of_birth_on_the_line_after_their_label(text: str, expected: str) -> None:
    assert values(text, "DATE_NAISSANCE") == [expected]
