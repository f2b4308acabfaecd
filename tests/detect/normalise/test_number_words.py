"""Numbers dictated in French words read as digits; prose with a few numbers left alone."""

from __future__ import annotations

import pytest

from egide.detect.normalise.number_words import read_number_words
from tests.detect.normalise.support import original_of, run_pass


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("zéro six douze trente-quatre cinquante-six soixante-dix-huit", "0612345678"),
        ("Zéro Six, douze, trente quatre, cinquante six, soixante dix huit", "0612345678"),
        ("ZERO SIX DOUZE TRENTE-QUATRE CINQUANTE-SIX SOIXANTE-DIX-HUIT", "0612345678"),
        (
            "un quatre-vingt-cinq zéro cinq soixante-dix-huit zéro zéro six zéro quatre-vingt-quatre"
            " quatre-vingt-onze",
            "185057800608491",
        ),
        ("zéro un vingt et un soixante et onze quatre-vingt-dix-neuf", "0121719" + "9"),
        ("zéro six, dix, sept, dix-sept, quatre-vingts", "06107" + "1780"),
        ("deux cent trois quatre cent cinquante-six cent", "203456100"),
        ("un deux trois quatre cinq six sept huit", "12345678"),
        ("au zéro six douze trente-quatre cinquante-six soixante-dix-huit merci", "au 0612345678 merci"),
    ],
)
def test_long_runs_of_number_words_are_read_as_digits(written: str, read: str) -> None:
    assert run_pass(read_number_words, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "deux comprimés trois fois par jour pendant dix jours",
        "vingt-quatre heures sur vingt-quatre",
        "entre deux et trois cents patients",
        "les six à huit premières semaines",
        "trente et un ans, deux enfants",
        "une, deux ou trois prises",
        "il a vu un un cinq",
        "sixième, douzième et vingtième jours",
        "quatre-vingt-dix-neuf pour cent",
    ],
)
def test_prose_with_a_few_numbers_is_left_alone(text: str) -> None:
    assert run_pass(read_number_words, text) == text


def test_each_number_maps_back_to_its_words() -> None:
    text = "joindre au zéro six douze trente-quatre cinquante-six soixante-dix-huit."
    assert original_of(text, "0612345678") == "zéro six douze trente-quatre cinquante-six soixante-dix-huit"
    assert original_of(text, "78") == "soixante-dix-huit"
    assert original_of(text, "1234") == "douze trente-quatre"
