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
