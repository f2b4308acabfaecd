"""Acronyms the text defines are no names (:mod:`egide.detect.names.acronyms`)."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label
from egide.detect.names.acronyms import defined_acronyms
from egide.detect.names.tokens import tokenise
from tests.detect.inline import assert_finds, parse_inline


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("les inhibiteurs nucléosidiques de la transcriptase inverse ( INTI ) bloquent", "INTI"),
        # the same initials in another order
        ("appelés analogues nucléosidiques inhibiteurs de la transcriptase inverse ( INTI ).", "INTI"),
        ("une thrombocytopénie induite par l ’ héparine ( dite TIH – il s ’ agit", "TIH"),
        ("la TIH (thrombocytopénie induite par l'héparine) est rare", "TIH"),
        ("les anti-inflammatoires non stéroïdiens (AINS) sont à éviter", "AINS"),
        ("le virus de l'immunodéficience humaine (VIH)", "VIH"),
    ],
)
def test_an_acronym_after_its_long_form_is_defined(text: str, acronym: str) -> None:
    assert defined_acronyms(tokenise(text)) == {acronym}


@pytest.mark.parametrize(
    "text",
    [
        "vu par le Dr Lebon (LEBON) ce jour",
        "Jean Dupont (DUPONT) est sorti",
        "la TIH (thrombocytopénie grave de l'enfant) est rare",  # not all the words in brackets
        "des ulcères gastriques ( INTI ) ",  # two words, four letters
    ],
)
def test_a_name_in_brackets_is_no_acronym(text: str) -> None:
    assert defined_acronyms(tokenise(text)) == set()


@pytest.mark.parametrize(
    "marked",
    [
        "Epivir appartient aux inhibiteurs nucléosidiques de la transcriptase inverse ( INTI ). "
        "La classe à laquelle appartient Epivir ( INTI ) peut induire une acidose.",
        "Refludan prévient la coagulation en cas de thrombocytopénie induite par l'héparine ( dite TIH ).",
        # a title still names somebody, and then every occurrence is the name
        "Les inhibiteurs nucléosidiques de la transcriptase inverse ( <NOM>INTI</NOM> ). "
        "Vu M. <NOM>INTI</NOM> ce jour.",
    ],
)
def test_a_defined_acronym_is_no_name_anywhere_in_the_text(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(engine().detect(text), marked, labels=[Label.NOM])
