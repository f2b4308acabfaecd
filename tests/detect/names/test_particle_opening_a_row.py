"""A surname with its particle opening a list item, a table's cell or a field, the given name after it
(issue 8, probe13's family): « 1. Le Floch Gwendal — AVC », « Enfant : Le Corre Nolan », « | Le Goff
Yannick | ». The lists find « Floch Gwendal »; the « Le » before it, capitalised where a sentence opens,
was read as an article and left beside the mask. No sentence opens on an article before a person's
surname and given name: the particle is the surname's. Traps: « Le Gall a dit » (a name of one word
keeps its reading), an article before a title, a place."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Liste d'attente :\n1. <NOM>Le Bihan Soizic</NOM> — fracture du col\n2. <NOM>Ruello Yannig</NOM> — AVC",
        "Enfant : <NOM>Le Corre Nolwenn</NOM>, 6 ans, suivie en orthophonie.",
        "| 2 | <NOM>Le Goff Yannick</NOM> | cardiologie | à confirmer |",
        "3. <NOM>La Rocca Giulia</NOM> — entrée prévue lundi",
        "<NOM>Le Roux Brendan</NOM>, 29 ans, sevrage alcool.",
        "Patient : <NOM>Da Costa Miguel</NOM>, 61 ans.",
    ],
)
def test_the_particle_goes_with_the_surname(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Le docteur Martin Paul a vu le patient.", "Le docteur"),
        ("Le patient Martin est sorti hier.", "Le patient"),
    ],
)
def test_an_article_before_another_word_stays(text: str, left: str) -> None:
    found = names(text)
    assert all(not (f.start < text.index(left) + len(left) and text.index(left) < f.end) for f in found)
