"""OCR'd handwriting (issue #8, probe10's residual misses): look-alike letters in the number of a house
before its street's type (« l2 rue des Cerisiers ») and in a form's date with a two-digit year between
spaced separators (« O6 / O3 / 25 ») are read as digits; short tokens that are no house number nor a
date stay as written."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.normalise.lookalikes import read_digit_lookalikes
from tests.detect.normalise.support import run_pass

_DETECTOR = Detector()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("domicile : l4 rue des Acacias", "domicile : 14 rue des Acacias"),
        ("vit au 1l, avenue Jean Jaurès", "vit au 11, avenue Jean Jaurès"),
        ("adresse I7 bd Gambetta", "adresse 17 bd Gambetta"),
        ("retour à domicile 3O chemin des Vignes", "retour à domicile 30 chemin des Vignes"),
        ("vu le O9 / 1l / 24 à 14h", "vu le 09 / 11 / 24 à 14h"),
        ("Date : 2l / O4 / 23 —", "Date : 21 / 04 / 23 —"),
    ],
)
def test_lookalikes_in_house_numbers_and_short_dates_are_read(written: str, read: str) -> None:
    assert run_pass(read_digit_lookalikes, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "Il rue, lI place, le O rue",  # no real digit
        "sous O2 rue de la Paix",  # no house number opens on a zero: oxygen
        "stade II B, l2 cycles",  # no street type after it
        "lO / O2 / 9l",  # too few real digits for a two-digit year
        "rapport 4O / 3O / 25 mg",  # no real day
    ],
)
def test_tokens_that_are_no_house_number_nor_date_stay(text: str) -> None:
    assert run_pass(read_digit_lookalikes, text) == text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Visite IDE à domicile (l4 rue des Acacias, 2l000 Dijon) : plaie propre.", ["l4 rue des Acacias", "2l000", "Dijon"]),
        ("FEUILLE DE SOINS — Date : 2l / O4 / 23 — IDE de nuit", ["2l / O4 / 23"]),
    ],
)  # fmt: skip
def test_ocr_house_numbers_and_dates_are_masked(text: str, values: list[str]) -> None:
    found = [text[f.start : f.end] for f in _DETECTOR.detect(text)]
    assert found == values
