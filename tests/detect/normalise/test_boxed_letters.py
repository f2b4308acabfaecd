"""Letters printed one per box read as words (issue 8, probe6: « B|O|U|L|A|N|G|E|R| |M|a|r|c|e|l »
on an OCR'd sick-leave form); table cells, choices and groups left alone."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.normalise.boxed_letters import join_boxed_letters
from tests.detect.inline import assert_covers, parse_inline
from tests.detect.normalise.support import original_of, run_pass

_DETECTOR = Detector()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("|B|O|U|L|A|N|G|E|R| |M|a|r|c|e|l|", "|BOULANGER Marcel|"),
        ("[D][U][P][O][N][T]", "[DUPONT]"),
        ("[D] [U] [P] [O] [N] [T]", "[DUPONT]"),
        ("nom : |L|E| |G|O|F|F|", "nom : |L|E| |GOFF|"),  # two letters alone are no run
        ("groupe A|B|O", "groupe ABO"),  # joined, and nothing to find in « ABO »
    ],
)
def test_boxed_letters_are_joined(written: str, read: str) -> None:
    assert run_pass(join_boxed_letters, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "sexe : M|F",  # a choice
        "| A | B | C |",  # a table's cells
        "réponse O|N",
        "A|12|B",
        "stade I|II|III",  # numerals, no letters alone
    ],
)
def test_cells_and_choices_stay(text: str) -> None:
    assert run_pass(join_boxed_letters, text) == text


def test_the_joined_word_maps_back_to_its_boxes() -> None:
    assert original_of("nom |B|O|U|L|A|N|G|E|R| fin", "BOULANGER") == "B|O|U|L|A|N|G|E|R"


@pytest.mark.parametrize(
    "marked",
    [
        "nom et prénom  |<NOM>B|O|U|L|A|N|G|E|R| |M|a|r|c|e|l</NOM>|\nn° d'immatriculation",
        "Nom : [<NOM>D][U][P][O][N][T</NOM>]  Prénom : [<NOM>J][E][A][N</NOM>]",
    ],
)
def test_a_boxed_name_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked, labels=["NOM"])
