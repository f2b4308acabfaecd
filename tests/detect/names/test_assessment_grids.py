"""« Contact : », « Aide : », « Objet : » are header labels before a name, and items of nursing and
psychiatric grids before an assessment (« Contact : froid », « Aide : partielle »). One common word
after them is an assessment; a name (or a word that is also a first name, outside a grid) still is one."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "text",
    [
        "Présentation : Soignée. Contact : Bon. Sommeil : Agité.",
        "Contact : Froid, distant, peu de regard.",
        "Aide : Partielle pour la toilette.",
        "Contact : Adapté",
        "Objet : Urgent",
    ],
)
def test_an_assessment_after_a_grid_label_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Contact : <NOM>Gaspard Leloup</NOM>",
        "Contact : <NOM>Bon</NOM>",  # alone on its line, a first name of the lists: a person
        "Aide : <NOM>Vaucheret</NOM>",
    ],
)
def test_a_name_after_a_grid_label_is_still_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
