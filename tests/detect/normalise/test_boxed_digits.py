"""Digits one per box read as one number; short lists, scores and scales left alone."""

from __future__ import annotations

import pytest

from egide.detect.normalise import normalise
from egide.detect.normalise.boxed_digits import join_boxed_digits
from tests.detect.normalise.support import original_of, run_pass


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2 7 1 0 5 7 5 1 1 2 3 4 5 6 7", "271057511234567"),  # a NIR with its key
        ("2 7 1 0 5 7 5 1 1 2 3 4 5", "2710575112345"),  # without its key
        ("2  7 1  0 5  7 5  1 1 2  3 4 5  6 7", "2 71 05 75 112 345 67"),  # boxes in groups
        ("|2|7|1|0|5|7|5|1|1|2|3|4|5|", "|2710575112345|"),
        ("1 4 0 3 1 9 5 0", "14031950"),
        ("1 4 . 0 3 . 1 9 5 0", "14.03.1950"),
        ("1 4 / 0 3 / 1 9 5 0", "14/03/1950"),
        ("1 4/0 3/1 9 5 0", "14/03/1950"),
        ("1 4 - 0 3 - 1 9 5 0", "14-03-1950"),
        ("1 4 / 0 3 / 5 0", "14/03/50"),
        ("1|4|0|3|1|9|5|0", "14031950"),
        ("0 6 1 2 3 4 5 6 7 8", "0612345678"),
        # boxes drawn with brackets
        ("[1][5][7][1][1][7][5][1][1][2][0][4][2]", "[1571175112042]"),
        ("né le [1] [4] [0] [3] [1] [9] [5] [3]", "né le [14031953]"),
        ("né le 1 4 0 3 1 9 5 0, à Lyon", "né le 14031950, à Lyon"),
        # a form: once one number is boxed, shorter ones are read too
        (
            "NIR 2 7 1 0 5 7 5 1 1 2 3 4 5 6 7, 6 9 0 0 3 Lyon, né en 1 9 8 2, 9 5 ans, le 2 0 nov. 2 0 2 4",
            "NIR 271057511234567, 69003 Lyon, né en 1982, 95 ans, le 20 nov. 2024",
        ),
        ("IPP 1 2 3 4 5 6 7 8 9 2, poste 4 6 2 0", "IPP 1234567892, poste 4620"),
        # a year and a day before its month, boxed even outside a form
        ("Le requérant, né en 1 9 5 0, purge", "Le requérant, né en 1950, purge"),
        ("arrêt Ramirez (1 9 7 4)", "arrêt Ramirez (1974)"),
        ("reçu le 2 0 août 1 9 9 3", "reçu le 20 août 1993"),
        # five boxes opening on a department before a capitalised word: a postcode and its commune
        ("habite 6 9 0 0 3 Lyon et 3 8 2", "habite 69003 Lyon et 3 8 2"),
        # … after a comma or a line break, or bracketed after its commune
        ("12 rue des Lilas, 6 9 0 0 3, Lyon", "12 rue des Lilas, 69003, Lyon"),
        ("allée des Tilleuls\n4 4 3 0 0\nNANTES", "allée des Tilleuls\n44300\nNANTES"),
        ("vit à Saint-Malo\n(3 5 4 0 0), marié", "vit à Saint-Malo\n(35400), marié"),
        ("retour domicile Vénissieux (6 9 2 0 0)", "retour domicile Vénissieux (69200)"),
        # a dash between long groups of boxes separates two numbers, not the parts of a date
        ("né le 0 3 0 3 1 9 3 6 - 0 0 8 7 4 4 1 2 - séjour", "né le 03031936 - 00874412 - séjour"),
        ("CCAS - 1 3 0 3 2 0 2 5 - 2 pages", "CCAS - 13032025 - 2 pages"),
        ("1 9 5 0 - 0 3 - 1 4", "1950-03-14"),
        # a line break cuts the boxes of one number: the boxes before it are no whole number, the whole is
        ("Date de naissance : 2 2 0\n5 1 9 6 2\nAdresse", "Date de naissance : 22051962\nAdresse"),
        ("domicile 0 4 7 6 2 2 1\n8 3 0 ; fils", "domicile 0476221830 ; fils"),
        ("née le 1 9 / 0 3\n/ 1 9 9 4\nPoids", "née le 19/03/1994\nPoids"),
        ("Né(e) le 1 4 . 0 3 . 1 9 5\n0 à Montbéliard", "Né(e) le 14.03.1950 à Montbéliard"),
        # … but a whole number ends at its line's end
        ("NIR 2 7 1 0 5 7 5 1 1 2 3 4 5 6 7\n2 cp par jour", "NIR 271057511234567\n2 cp par jour"),
        ("IPP 8 0 0 1 2 3 4 5\n3 1 ans", "IPP 80012345\n31 ans"),
        # in a form, a token of capitals and digits glued to the first box: an IBAN, a passport
        (
            "NIR 2 7 1 0 5 7 5 1 1 2 3 4 5, IBAN FR7 6 3 0 0 0 6 0 0 0 0 1",
            "NIR 2710575112345, IBAN FR763000600001",
        ),
        ("NIR 2 7 1 0 5 7 5 1 1 2 3 4 5, passeport 1 5UP4 0 0 5 8", "NIR 2710575112345, passeport 15UP40058"),
        # too few digits: a stage and a year
        ("NIR 2 7 1 0 5 7 5 1 1 2 3 4 5, stade T4 2 0 1 6", "NIR 2710575112345, stade T4 2016"),
    ],
)
def test_boxed_digits_are_joined(written: str, read: str) -> None:
    assert run_pass(join_boxed_digits, written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # boxes an OCR filled with letters: read as digits, then joined
        ("demeurant 4 bis rue Ampère 9 3 2 O O St Denis", "demeurant 4 bis rue Ampère 93200 St Denis"),
        # a form's date whose separators stand between spaces
        ("né(e) le : O7 / 1O / 1 9 8 8", "né(e) le : 07 / 10 / 1988"),
    ],
)
def test_boxes_and_dates_an_ocr_filled_with_letters(written: str, read: str) -> None:
    assert normalise(written).text == read


@pytest.mark.parametrize(
    "text",
    [
        "1 2 3 4",  # a short list
        "scores 3 4 5 puis 2 1",
        "J1 J2 J3 J4 J5 J6",  # numbered days
        "posologie 1 0 1",  # morning, noon, evening
        "EVA 0 1 2 3 4 5 6 7 8 9 10",  # a scale
        "EVA 9 8 7 6 5 4 3 2 1 0",
        "| 1 | 0 | 2 | 1 | 0 | 1 |",  # single-digit cells of a table
        "3\t4\t2\t5\t1\t0\t2",  # a row of a table pasted with tabs
        "1  2  3  4  5  6",  # wide gaps only: a table, no box
        "1.2.3.4.5.6",  # dotted, no box
        "TA 12/8, FC 7 2 ?",
        "2 cp 3 fois par jour",
        "1 4 . 0 3",  # four digits
        "Glasgow 4 5 6",
        "3 8 2 sans numéro long en cases, 6 9 0 0 3 avant un mot",  # short runs outside a form
        "scores 1 2 3 4 5 Paris",  # a scale before a capitalised word
        "scores 1 2 8 2, puis 2 1 0 0",  # four boxes that are no year
        "1 2 et 3 4 avril",  # two boxes but not before their month
        "cotation [1][2] et [3][4]",  # bracketed boxes, too few
        "NIR 2 7 1 0 5 7 5 1 1 2 3 4 5 6 7 ; EVA 1 2 3 ; 2 4 6 8 10",  # in a form, scales still left
        "scores (1 0 1 0 1)",  # five boxes in brackets, no commune before them
        "cotation 1 0 1 0 1, puis",  # five boxes, a comma, no capitalised word
        "scores (1 2 3 4 5), Paris",  # a scale
    ],
)
def test_short_lists_scores_and_scales_are_left_alone(text: str) -> None:
    expected = text.replace("2 7 1 0 5 7 5 1 1 2 3 4 5 6 7", "271057511234567")  # tabs stay: cells
    assert normalise(text).text == expected


def test_the_joined_number_maps_back_to_its_boxes() -> None:
    text = "NIR : 2 7 1 0 5 7 5 1 1 2 3 4 5 6 7 ."
    assert original_of(text, "271057511234567") == "2 7 1 0 5 7 5 1 1 2 3 4 5 6 7"
    text = "né le 1 4 . 0 3 . 1 9 5 0"
    assert original_of(text, "14.03.1950") == "1 4 . 0 3 . 1 9 5 0"
    assert original_of(text, "1950") == "1 9 5 0"
