"""Devices and surgical material named after a person (issue #8, probe8 traps): « broches de
Kapandji », « attelle de Zimmer », « trocart de Hasson », « clou de Kuntscher », « canule de Guedel »
are eponyms, whatever list holds the name; a title still makes a person of it (« Mme Zimmer »)."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "text",
    [
        "Ostéosynthèse par broches de Kapandji ; attelle de Zimmer pendant 6 semaines.",
        "Incision de Pfannenstiel, trocart de Hasson à l'ombilic, points de Blair-Donati.",
        "Clou de Kuntscher, écarteur de Farabeuf, canule de Guedel, ballon de Bakri.",
        "Tige de Harrington retirée ; lambeau de Limberg ; suture de Halsted.",
    ],
)
def test_a_device_named_after_a_person_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Mme <NOM>Zimmer</NOM> revue ce jour, vue avec le Dr <NOM>Hasson</NOM>.",
    ],
)
def test_the_same_names_after_a_title(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
