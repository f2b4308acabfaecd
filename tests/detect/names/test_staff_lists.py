"""Staff lists written surname then initial (issue #8): once one item of « Martin C., Petit S.,
Durand A. » is a name, a surname that is also a word (« Petit ») is one too, on either side. Traps:
the relation before a first name in brackets (« Fille (Nadia) »), a label acronym after a kinship
word (« sa mère (IPP 6200418) »), a vitamin or a hepatitis in a list beside a name. A surname whose
second word after its particle is a function word (« M. Le Du »)."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Planning IDE nuit : <NOM>Martin C</NOM>., <NOM>Petit S</NOM>., <NOM>Durand A</NOM>.",
        "Vus au staff : <NOM>Petit S</NOM>., <NOM>Martin C</NOM>., <NOM>Durand A</NOM>.",
        "Fille (<NOM>Nadia</NOM>) prévenue au téléphone.",
        "Reçu appel de <NOM>M. Guerin</NOM> au sujet de sa mère (IPP 6200418).",
        "Traitement : Vitamine D., <NOM>Martin C</NOM>. passera demain",
        "son fils (<NOM>PAUL</NOM>) viendra",  # a first name in capitals is still one
    ],
)
def test_staff_lists_and_what_is_no_name_beside_them(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "marked",
    [
        "chez M. et Mme <NOM>Le Du</NOM>, 4 bis rue du Port",  # a surname whose second word is « du »
        "M. <NOM>Le Du</NOM> est revu ce jour",
        "Mme <NOM>De La Fontaine</NOM> revue",
        "Le Du Pont-Neuf au quai, dix minutes à pied",  # no title: no name
    ],
)
def test_particle_surnames_ending_on_a_function_word(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
