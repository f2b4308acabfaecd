"""Numeric dates written with the separators of forms, exports and hurried notes, with their traps."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("consultation du 14|3|1950", ["14|3|1950"]),
        ("vu le 05 / 11 | 2019", ["05 / 11 | 2019"]),
        ("le 14 . 03 . 1950 bilan", ["14 . 03 . 1950"]),
        ("| 14|03|1950 | créatinine |", ["14|03|1950"]),
        ("le 14  /  03  /  1950", ["14  /  03  /  1950"]),
        ("Date : 030619", ["030619"]),  # six glued digits after a date field
        ("date de sortie 250319", ["250319"]),
        ("vu le 7.5.23", ["7.5.23"]),  # a short dotted date after a cue
        ("le 03/14/1950", ["03/14/1950"]),  # English order: 14 cannot be a month
        ("examen du 12-25-2019", ["12-25-2019"]),
        ("J8 4/6, J15 11/6", ["4/6", "11/6"]),  # days of a dated series
        ("C1J1 (2/6), C2J1 (23/6)", ["2/6", "23/6"]),
        ("le 4/6, 11/6 et 18/6", ["4/6", "11/6", "18/6"]),
    ],
)
def test_dates_with_unusual_separators_are_found(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Doliprane 1/2 cp",
        "3/4 de la dose",
        "TA 12/8, 13/8 à la reprise",  # a measure does not start a series
        "Glasgow 15/15",
        "J3 puis J5",
        "Paracétamol 2000 mg",
        "kaliémie 7.5 mmol/l",
        "version 1.5.2 du logiciel",
        "version 2.1.10",  # without a cue, a dotted triple is a version
        "présent 24/24 et 7j/7",
        "GB 5.2 x 10^9/l",
        "FC 80/min",
        "hernie L4-L5",
        "| 3|4|12 |",  # three cells of a table
        "IPP 030619",  # six digits without a date cue
        "lot 250319",
        "12/13 patients",
        "J8 3/4 de la dose",  # a fraction after a treatment day
        "le 13/13/2020",
    ],
)
def test_things_that_look_like_such_dates_are_not(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cholécystectomie en 03/19", ["03/19"]),  # a month and a two-digit year after a cue
        ("depuis 11/18, dyspnée", ["11/18"]),
        ("le 14/03/2019à 14h", ["14/03/2019"]),  # « à » glued to the date
        ("né le 14 mar 1950", ["14 mar 1950"]),  # « mar » without its dot before a year
    ],
)
def test_short_and_glued_forms(text: str, expected: list[str]) -> None:
    assert [v for v in values(text)] == expected


@pytest.mark.parametrize("text", ["3/19 ganglions envahis", "score 03/19", "mar 12h"])
def test_short_forms_that_are_no_month_and_year(text: str) -> None:
    assert "03/19" not in values(text) and "03/12" not in values(text) and values(text, "DATE") != ["mar 12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("né le 01|05 1989", ["01|05 1989"]),  # mixed separators, a space among them
        ("DDN : 16|10 |37", ["16|10 |37"]),
        ("RDV le 18 |8.23", ["18 |8.23"]),
        ("le 22.01 2024", ["22.01 2024"]),
        ("le 2016 / 05-16", ["2016 / 05-16"]),  # ISO order with loose separators
        ("sortie le 2023|05 | 02", ["2023|05 | 02"]),
        ("Biologie du 2023 01/17 :", ["2023 01/17"]),
    ],
)
def test_mixed_separators_after_a_cue(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bilan 12/05 2019 : normal.", ["12/05 2019"]),
        ("Bilan lipidique 12/05 2019 : LDL 1,2.", ["12/05 2019"]),
        ("IRM 3/4 2021 sans anomalie.", ["3/4 2021"]),
        ("Contrôle : 7/11 2020, stable.", ["7/11 2020"]),
    ],
)
def test_mixed_separators_after_a_check_up_with_a_full_year(text: str, expected: list[str]) -> None:
    """A check-up or an examination dates what follows it: a day, a month and a four-digit year,
    whatever their separators (a two-digit year stays any two numbers there)."""
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    ["TA 12/8 2019 patients", "Score 12/20 2019 patients", "3/4.12", "score 2016 / 05-16", "2019 12 patients",
     "Bilan 12/05 19 : normal"],
)  # fmt: skip
def test_mixed_separators_without_a_cue_are_not_dates(text: str) -> None:
    assert [v for v in values(text) if "/" in v or "|" in v or "." in v] == []


def test_pipes_of_a_date_survive_the_normaliser() -> None:
    # a pipe between the parts of a date is a separator, never the digit 1 read by OCR: the whole
    # engine, normaliser included, must still find the date
    from egide.detect import Detector

    detector = Detector()
    for text, date in [
        ("consultation du 14|3|1950", "14|3|1950"),
        ("admis le 21/06|2020. Patient", "21/06|2020"),
        ("| 14|03|1950 |", "14|03|1950"),
    ]:
        assert [text[f.start : f.end] for f in detector.detect(text)] == [date]
