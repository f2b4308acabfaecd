"""Names in lists (the other items of a list holding a name) and a woman's first name that is a
word, capitalised inside a sentence. Traps: lists of places, services, drugs and acronyms next to a
name; the same first names as words, in headings, after an article, before a place."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Présents : M. <NOM>Glatigny</NOM>, <NOM>Cuzol</NOM>, <NOM>Gidel</NOM>.",
        "oeuvres de <NOM>Weber</NOM>, <NOM>Ravel</NOM> et <NOM>Dukas</NOM> ;",
        "Staff avec le Dr <NOM>Kerbrat</NOM>, <NOM>Vaucheret</NOM> et <NOM>Lemarchand</NOM>.",
        "pour Mme <NOM>Ferrand</NOM> ; <NOM>Tromeur</NOM> ; <NOM>Quéméner</NOM>",
        # a surname before a first name in brackets, initials before a name
        "décès : <NOM>Rulhmann</NOM> (<NOM>Rosine</NOM>), couturière",
        "Mlles <NOM>Legendre</NOM> (<NOM>Marie</NOM>), à St-Quentin",
        "Au bagne ! (<NOM>E. Dieudonné</NOM>).",
        # a surname (here also an eponym) then its first name, opening a field or a cell
        "venue 2025-0412-77 / <NOM>Delorme</NOM>, <NOM>Annie</NOM> / née le 19.5.1955",
        "| 80044187 | <NOM>Charcot</NOM>, <NOM>Odile</NOM> | 72 ans |",
        # a woman's first name that is a word, inside a sentence
        "combien était grand l'amour de <NOM>Marie</NOM> pour eux",
        "le pansement refait par <NOM>Claire</NOM> hier soir",
    ],
)
def test_names_in_lists_and_first_names_inside_sentences(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    ("marked"),
    [
        # the items that are no names stay
        "Vu par le Dr <NOM>Kerbrat</NOM>, Cardiologie, HTA et Kardegic.",
        "Mme <NOM>Ferrand</NOM>, Paris, Lyon et Marseille.",
        "Dr <NOM>Kerbrat</NOM>, Hôpital Nord, Service Sud",
        "M. <NOM>Quéméner</NOM>, Janvier, Février.",
        # first names as words
        "Urine Claire, selles normales, peau Rose.",
        "engagé dans la Marine depuis 2010",
        "Rose, chaude et douloureuse.",
        "Cardiologie (<NOM>Marie</NOM>), lit 4",  # the service stays
        "vitamine D. Le dosage est bas.",
    ],
)
def test_list_items_and_words_that_are_no_names(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "marked",
    [
        # « ou » closes a list of people as « et » does: who to call, who may come, who is blamed
        "Staff : Mme <NOM>Ferrand</NOM>, <NOM>Tromeur</NOM> ou <NOM>Quéméner</NOM> selon la garde.",
        "Prévenir M. <NOM>Glatigny</NOM> ou <NOM>Cuzol</NOM>, de garde ce soir.",
        "la faute à M. <NOM>Hitler</NOM>,<NOM>Mussolini</NOM> ou <NOM>Staline</NOM> ? Tel est le débat.",
        "relu par le Dr <NOM>Kerbrat</NOM>, <NOM>Vaucheret</NOM> ou <NOM>Lemarchand</NOM>",
    ],
)
@pytest.mark.parametrize("use_model", [True, False])
def test_names_joined_by_ou(marked: str, use_model: bool) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text, use_model), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "marked",
    [
        # what « ou » joins to a name and is no name stays readable
        "Mme <NOM>Ferrand</NOM>, Paris ou Lyon.",
        "Dr <NOM>Kerbrat</NOM>, Lasilix ou Aldactone.",
        "Voir Dr <NOM>Kerbrat</NOM> ou Cardiologie demain.",
        "M. <NOM>Quéméner</NOM>, Janvier ou Février.",
        "Dr <NOM>Kerbrat</NOM> ou HTA, à revoir.",
    ],
)
@pytest.mark.parametrize("use_model", [True, False])
def test_words_joined_by_ou_to_a_name_stay(marked: str, use_model: bool) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text, use_model), marked, labels=["NOM"])
