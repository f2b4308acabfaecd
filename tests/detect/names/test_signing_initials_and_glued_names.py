"""Person names on text nobody here wrote (issue 8, the twentieth and twenty-first batches), each a family
tried on invented text, with traps beside it:

- a title glued to a surname in capitals glued to the given name, a fax's OCR having lost both spaces
  (« MmeGARNIERSolange »).
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline
from tests.detect.redteam.corpus import masked


@cache
def engine() -> Detector:
    return Detector()


def _masked(text: str) -> list[bool]:
    return masked(engine().detect(text), len(text))


def _assert_names_masked(marked: str) -> None:
    """Every marked name has all its letters and digits masked."""
    text, spans = parse_inline(marked)
    covered = _masked(text)
    for s, e, label in spans:
        assert all(covered[k] for k in range(s, e) if text[k].isalnum()), (
            f"{label} {text[s:e]!r} left in {text!r}"
        )


def _assert_left(text: str, *parts: str) -> None:
    """Each of ``parts`` is left in clear (none of its letters masked)."""
    covered = _masked(text)
    for part in parts:
        start = text.index(part)
        assert not any(covered[k] for k in range(start, start + len(part))), f"{part!r} masked in {text!r}"


@pytest.mark.parametrize(
    "marked",
    [
        "Objet:admission en SSR de Mme<NOM>GARNIER</NOM><PRENOM>Solange</PRENOM>, 81 ans",
        "RE: transfert de Mr<NOM>ROUSSEL</NOM><PRENOM>Yves</PRENOM> demain 8h",
        "Patiente:Mlle<NOM>BERTIN</NOM><PRENOM>Aurélie</PRENOM>\nnée le 02.03.1991",
    ],
)
def test_a_title_glued_to_a_surname_in_capitals_glued_to_the_given_name(marked: str) -> None:
    _assert_names_masked(marked)


def test_a_glued_title_leaves_words_that_are_no_names() -> None:
    _assert_left("Indication de PrEP discutée, DrépanocytoseSS connue.", "PrEP", "Drépanocytose")
