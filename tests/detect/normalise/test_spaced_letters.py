"""Letters spaced out read as words, single letters of ordinary text left alone."""

from __future__ import annotations

import pytest

from egide.detect.normalise.spaced_letters import join_spaced_letters
from tests.detect.normalise.support import original_of, run_pass


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("J e a n  D U P O N T", "Jean DUPONT"),
        ("J e a n   D U P O N T", "Jean DUPONT"),  # three spaces between words
        ("J e a n D U P O N T", "Jean DUPONT"),  # one space: the case says where a word ends
        ("D U P O N T J e a n", "DUPONT Jean"),
        ("M. D U P O N T vu ce jour", "M. DUPONT vu ce jour"),
        ("Mme M A R T I N", "Mme MARTIN"),
        ("Mme H é l è n e  L E  G O F F", "Mme Hélène LE GOFF"),
        ("patient j e a n  d u p o n t", "patient jean dupont"),  # lower case, four letters or more
        ("(D U P O N T)", "(DUPONT)"),
        ("groupe A B O", "groupe ABO"),  # joined, and nothing to find in « ABO »
        # one box per letter, the wider gap between the surname and the first name lost in the scan
        # (eleventh probe batch): a surname and a first name of the lists side by side
        ("Nom, prénom : M A R C H A N D J U L I E N", "Nom, prénom : MARCHAND JULIEN"),
        ("Assuré : C L A I R E F A B R E", "Assuré : CLAIRE FABRE"),
        ("C O M P T E R E N D U", "COMPTERENDU"),  # words of a heading: not cut as a name
        # a name's case with a letter that is also a French word of one letter (« y », « à »)
        ("Prénom : G u y", "Prénom : Guy"),
        ("Dr V A L L A T S y l v i e", "Dr VALLAT Sylvie"),
        ("Mme M a r y v o n n e  T A R D Y", "Mme Maryvonne TARDY"),
    ],
)
def test_spaced_letters_are_joined(written: str, read: str) -> None:
    assert run_pass(join_spaced_letters, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "il y a à faire",  # French words of one letter
        "de A à Z",
        "il y a à boire",
        "Il y a x y z",
        "a b c",  # three lower-case letters: a list, not a word
        "T A 12/8",
        "initiales J. P. M.",
        "J.-P. M. et A. B.",
        "stade I II III",
        "x y z",
        "vitamine A et D",
        "Il a vu Mme A. Dupont",
        "S1 S2 S3",
        "Y a t-il un médecin ?",
        "qu'il v e m d'intérêt",
        "l' a b c",
    ],
)
def test_single_letters_of_ordinary_text_are_left_alone(text: str) -> None:
    assert run_pass(join_spaced_letters, text) == text


def test_the_joined_name_maps_back_to_the_spaced_letters() -> None:
    text = "Patient : J e a n  D U P O N T, vu ce jour."
    assert original_of(text, "Jean DUPONT") == "J e a n  D U P O N T"
    assert original_of(text, "DUPONT") == "D U P O N T"
    assert original_of(text, "Jean") == "J e a n"
