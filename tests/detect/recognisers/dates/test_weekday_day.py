"""A weekday and a day number without the month, and the events of a stay as date fields.

All sentences are invented."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sortie prévue lundi 22, rappel mardi 3 à 14h.", ["lundi 22", "mardi 3"]),
        ("Le bilan de jeudi 15 est normal.", ["jeudi 15"]),
        ("Revoir dimanche le 7, au calme.", ["dimanche le 7"]),
        ("SAMEDI 1er : chute.", ["SAMEDI 1er"]),
        # the abbreviation's dot glued to the day, typed in a hurry
        ("vu le mardi 4 au soir puis le merc.5 au matin", ["mardi 4", "merc.5"]),
        ("Séance HD n° 148 — mer.12/03 — poids sec 71 kg", ["mer.12/03"]),
    ],
)
def test_a_weekday_and_its_day_number_are_a_date(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lundi 14 h : staff. Mardi 3 comprimés. Samedi 2 x 500 mg.",
        "Mercredi 45 minutes de marche ; vendredi 2 fois.",
        "Lundi, 3 patients ; jeudi : 12 passages.",
        "marge de 3 mm, sam.2 cp le soir",
        "3 de mars, 115 25 vend.3 d'avril, 115 50 payé",  # « vend. », sold, in a ledger
    ],
)
def test_a_weekday_with_a_time_or_a_count_is_no_date(text: str) -> None:
    assert values(text, "DATE") == []


def test_a_weekday_before_a_full_date_is_read_whole() -> None:
    assert values("Le jeudi 15 mars, bilan.", "DATE") == ["jeudi 15 mars"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday makes a date of a day and a month in numbers
        ("Début de la prise en charge : lundi 9/12.", ["lundi 9/12"]),
        ("Pose du holter jeudi 3/7, retrait vendredi 4/7.", ["jeudi 3/7", "vendredi 4/7"]),
        # abbreviated, with its dot or before a month
        ("Séance du mer. 12/03 : bien tolérée.", ["mer. 12/03"]),
        ("Appel reçu mer 9 avril au soir.", ["mer 9 avril"]),
        ("Vu le mardi 4 au soir puis le merc. 5 au matin.", ["mardi 4", "merc. 5"]),
        ("RDV ven 14/03 10h15 ; sam. 15 : repos.", ["ven 14/03", "sam. 15"]),
        ("JEU. 6 MARS : bloc.", ["JEU. 6 MARS"]),
    ],
)
def test_a_weekday_opens_the_date_it_stands_before(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation without its dot nor a month says no weekday; a weekday and a score
        "Sam 12 ans, accompagné de sa mère.",
        "La mer 3 fois par semaine ; mar 2 à revoir.",
        "Lundi : EVA 9/10 à la mobilisation.",
        "Jeudi 3 x 500 mg ; dim 4 cp.",
    ],
)
def test_an_abbreviation_alone_is_no_weekday(text: str) -> None:
    assert values(text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entrée 030619, sortie 7.5.23.", ["030619", "7.5.23"]),
        ("Entrée : 030619", ["030619"]),
        ("Admission 12.3.24 par les urgences.", ["12.3.24"]),
    ],
)
def test_an_event_of_the_stay_is_a_date_field(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


def test_a_fluid_balance_is_no_date() -> None:
    assert values("Bilan : entrées 1500, sorties 1950 ml.", "DATE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation after a word that says when (issue 8, the seventeenth batch's hurried note)
        ("taxi pour la sortie demain sam 5, départ 10h", ["sam 5"]),
        ("sortie prévue jeu 11 si le bilan est bon", ["jeu 11"]),
        ("RDV le mar 3 avec le kiné", ["mar 3"]),
        ("hier dim 29 : chute sans gravité", ["dim 29"]),
        ("arrêt de travail jusqu'au ven 18.", ["ven 18"]),
    ],
)
def test_an_abbreviation_after_a_word_that_says_when(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "demain sam 3 fois dans la journée",  # a count after the day
        "pour Sam 5 ans, gâteau",  # an age
        "le mer 12 mg à revoir",  # a dose
        "demain lun 4 h de sommeil",
    ],
)
def test_an_abbreviation_after_a_word_that_says_when_then_a_count(text: str) -> None:
    assert values(text, "DATE") == []
