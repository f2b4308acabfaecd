"""A date printed in boxes with a pipe between its parts is read as a date (issue #8, perturbation
« chiffres un par case » with « séparateurs »: « 1 4|3|1 9 5 0 », « 0 5 / 1 1 | 2 0 1 9 »)."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from egide.detect.normalise.boxed_dates import join_boxed_dates
from tests.detect.normalise.support import original_of, run_pass


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("née le 1 4|3|1 9 5 0", "née le 14|3|1950"),
        ("admission 0 5 / 1 1 | 2 0 1 9 service", "admission 05/11|2019 service"),
        ("le 0 3|1 2|2 5", "le 03|12|25"),
    ],
)
def test_the_boxed_parts_are_joined_and_the_pipes_kept(written: str, read: str) -> None:
    assert run_pass(join_boxed_dates, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "née le 14|3|1950",  # no boxes: read as written
        "| 1 | 2 | 3 | 4 | score",  # a table's cells
        "scores 1 2|3 4|5 6",  # no month 34
        "1|4|0|3|1|9|5|0",  # one number, its boxes drawn with pipes: left to boxed_digits
    ],
)
def test_other_pipes_are_left_alone(text: str) -> None:
    assert run_pass(join_boxed_dates, text) == text


def test_the_date_maps_back_to_its_boxes() -> None:
    assert original_of("Date de naissance : 1 4|3|1 9 5 0    Sexe : F", "14|3|1950") == "1 4|3|1 9 5 0"


@pytest.mark.parametrize(
    ("text", "date", "label"),
    [
        ("Date de naissance : 1 4|3|1 9 5 0    Sexe : F", "1 4|3|1 9 5 0", "DATE_NAISSANCE"),
        ("Date d'admission 0 5 / 1 1 | 2 0 1 9  Service : Pneumologie", "0 5 / 1 1 | 2 0 1 9", "DATE"),
    ],
)
def test_the_engine_masks_the_boxed_date(text: str, date: str, label: str) -> None:
    found = [(text[f.start : f.end], f.label) for f in engine().detect(text)]
    assert (date, label) in found


# Short dates whose year is boxed, without a pipe (issue #8, probe12's family): a form's date field
# with a day and a month of one box each, too short for boxed_digits (fewer than six digits).
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Date : 4 . 3 . 2 6 - signature", "Date : 4.3.26 - signature"),
        ("Visite du 9 / 1 / 2 5 au matin", "Visite du 9/1/25 au matin"),
    ],
)
def test_a_short_date_with_a_boxed_year_is_joined(written: str, read: str) -> None:
    assert run_pass(join_boxed_dates, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "EVA 3 - 4 - 5 6",  # dashes between single digits: a list as often
        "cotation 2 . 3 . 4",  # no boxed year
        "le 4 . 3 / 2 6",  # two separators
    ],
)
def test_other_short_runs_are_left_alone(text: str) -> None:
    assert run_pass(join_boxed_dates, text) == text


def test_the_engine_masks_the_short_boxed_date() -> None:
    text = "Date : 4 . 3 . 2 6 — Médecin transférant : Dr Morel"
    found = [(text[f.start : f.end], f.label) for f in engine().detect(text)]
    assert ("4 . 3 . 2 6", "DATE") in found


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # a date field one digit per box, the boxes drawn with pipes and spaces (issue 8, probe18's form)
        ("Date naissance : |1 | 9 | 0 | 4 | 1 | 9 | 3 | 6|\nN°", "Date naissance : |19041936|\nN°"),
        ("né le | 0 | 3 | 1 | 1 | 4 | 4 | à Brest", "né le | 031144 | à Brest"),
        ("Date d'entrée : |2 |8 |1 |1 |2 |0 |2 |6 |", "Date d'entrée : |28112026 |"),
    ],
)
def test_a_date_field_in_pipe_boxes_with_spaces(written: str, read: str) -> None:
    assert run_pass(join_boxed_dates, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "| 1 | 0 | 2 | 1 | 0 | 1 |",  # a table's cells, no field before
        "Scores : | 1 | 9 | 0 | 4 | 1 | 9 | 3 | 6 |",  # no date field
        "Date : | 1 | 0 | 2 | 1 | 0 | 1 |",  # no month 21
        "Date naissance : | 3 | 4 | 0 | 5 | 1 | 8 | 3 | 6 |",  # no year 1836 here, no day 34
    ],
)
def test_other_pipe_boxes_are_left_alone(text: str) -> None:
    assert run_pass(join_boxed_dates, text) == text


def test_the_engine_masks_the_boxed_birth_field() -> None:
    text = "Résident : X\nDate naissance : |2 | 1 | 0 | 7 | 1 | 9 | 4 | 1|\nMotif : chute"
    found = [text[f.start : f.end] for f in engine().detect(text)]
    assert "2 | 1 | 0 | 7 | 1 | 9 | 4 | 1" in found
