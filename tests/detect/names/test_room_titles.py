"""A title, a lower-case surname that is also a common word, a room: « mr petit ch 8 »."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "mr <NOM>petit</NOM> ch 8 veut sortir contre avis",
        "Mr <NOM>petit</NOM> ch 8 veut sortir",
        "mme <NOM>blanc</NOM> (lit 4) algique",
        "M. <NOM>petit</NOM> chambre 12, RAS",
        "Monsieur <NOM>marchand</NOM> box 3 en attente",
        "pour mr <NOM>fort</NOM> ch. 21 : bilan fait",
    ],
)
def test_a_common_word_between_a_title_and_a_room_is_a_surname(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "mr petit veut sortir",  # no room after: « petit » may be the adjective
        "mr calme ch 8",  # not in the name lists
        "mr bien, ch 8",  # a comma: the word belongs to the sentence
        "3 m petit lit",  # no number after the room word
        "Mme lit 4",  # the room word itself
        "patient ch 8 petit",
        "mr mange peu, lit 4 propre",
    ],
)
def test_a_lower_case_word_without_title_and_room_is_left_alone(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Adresse de prise en charge : 8 rue Saint-Pierre, sonner chez <NOM>Agopian</NOM>.",
        "Elle vit chez <NOM>Martin</NOM> depuis l'hiver.",
        "Il habite chez <NOM>Leclerc Jean</NOM>, son neveu.",
    ],
)
def test_where_a_person_lives_or_is_visited_chez_a_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    ["hébergée chez sa fille depuis mai", "vu chez Cardio hier", "retour chez elle prévu"],
)
def test_chez_before_a_relative_or_not_after_a_verb_of_living(text: str) -> None:
    assert names(text) == []
