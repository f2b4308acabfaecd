"""Internal extensions, only when labelled."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import extension
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

R = extension.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Interne de garde, poste <TELEPHONE>4521</TELEPHONE>.",
        "bip <TELEPHONE>312</TELEPHONE> si problème",
        "Joindre la cadre au DECT <TELEPHONE>5678</TELEPHONE>",
        "tél. int. <TELEPHONE>23 45</TELEPHONE>",
        "Secrétariat : tél <TELEPHONE>4410</TELEPHONE>, fax 4411",
        "Poste : <TELEPHONE>12345</TELEPHONE>",
    ],
)
def test_labelled_extensions(marked: str) -> None:
    assert_finds(kept(R, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "Retour au poste de soins à 14 h.",
        "Poste 2 de l'équipe de nuit.",
        "Tél 06 12 34 56 78",  # a full number: the phone recogniser's business
        "poste 500 mg",
        "Bip 12,5",
        "En poste depuis 2019, l'infirmière référente",
    ],
)
def test_non_extensions(text: str) -> None:
    assert kept(R, text) == []
