"""A name an OCR cut at its accented letters is read whole (issue 8, the scanned letters of probe16);
words of a sentence around accented letters stay apart. Every name is invented."""

from __future__ import annotations

import pytest

from egide.detect.normalise.accent_splits import join_accent_splits
from tests.detect.normalise.support import original_of, run_pass


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Mme VERDIER Mich è le, née le", "Mme VERDIER Michèle, née le"),
        ("Dr J ér émie Caron", "Dr Jérémie Caron"),
        ("Mme Val ér ie Lenoir", "Mme Valérie Lenoir"),
        ("M. Fr éd éric Poulain", "M. Frédéric Poulain"),
        ("Mme Hél ène Gasnier", "Mme Hélène Gasnier"),
    ],
)
def test_a_name_cut_at_its_accents_is_read_whole(written: str, read: str) -> None:
    assert run_pass(join_accent_splits, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "André a dit que René le verrait",  # little words of French after a name
        "Le patient a été vu à domicile",
        "Hélène est là",
        "Mme Chéreau va mieux",
        "Cet été encore",
    ],
)
def test_words_of_a_sentence_stay_apart(text: str) -> None:
    assert run_pass(join_accent_splits, text) == text


def test_the_joined_name_maps_back_to_its_fragments() -> None:
    text = "Patiente : Mme VERDIER Mich è le, 71 ans"
    assert original_of(text, "Michèle") == "Mich è le"
