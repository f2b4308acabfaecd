"""A rank or a household's word the OCR misread by one letter, right before a name found otherwise,
goes with the name as it would written right (issue #8, OCR'd press:
:mod:`egide.detect.names.ocr_ranks`); the misread word does not find a name by itself. All names are
invented."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.names.ocr_ranks import ocr_rank
from tests.detect.inline import bracketed

DETECTOR = Detector()


def _shown(text: str) -> str:
    return bracketed(DETECTOR.detect(text), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "À la frontière, les poilus du généra! Maurice Gamelard, les aviateurs.",
            "À la frontière, les poilus du [généra! Maurice Gamelard], les aviateurs.",
        ),
        (
            "Il se rendit alors chez la lemme Saugeron, à laquelle il dit tout.",
            "Il se rendit alors chez la [lemme Saugeron], à laquelle il dit tout.",
        ),
        (
            "On attendait le capitainc Alfred Dreyfusard et ses hommes.",
            "On attendait le [capitainc Alfred Dreyfusard] et ses hommes.",
        ),
    ],
)
def test_a_misread_rank_goes_with_the_name(text: str, expected: str) -> None:
    assert _shown(text) == expected


@pytest.mark.parametrize(
    ("word", "gap"),
    [
        ("docleur", " "),  # a care title misread stays a care title: beside the mask, never read
        ("conte", " "),  # a word two slips from « comte », none from it
        ("lemme", ". "),  # a sentence ends between them
        ("somme", " "),
    ],
)
def test_words_that_are_no_misread_rank(word: str, gap: str) -> None:
    assert ocr_rank(word, gap) is None


def test_a_misread_rank_without_its_article_stays() -> None:
    assert _shown("Une somme due Martinaud sera versée.") == "Une somme due [Martinaud] sera versée."
