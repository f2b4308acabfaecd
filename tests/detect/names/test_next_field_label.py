"""The label of a form's next field is no part of a name (issue 8, probe13's family): « Nom : Durand |
Prénom : Paul », « Nom : Durand, Prénom : Paul », « Nom : Durand   Prénom : Paul » (a form on one line).
« Prénom » was masked as a name after the cell or the comma, and joined to « Durand » after the
spaces. Kept: a name before a colon that is no label (« Dr Martin : avis favorable »)."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Nom : <NOM>Hervieu</NOM> | Prénom : <NOM>Gaëlle</NOM> | Sexe : F",
        "Nom : <NOM>Hervieu</NOM>, Prénom : <NOM>Gaëlle</NOM>",
        "Nom : <NOM>Hervieu</NOM>   Prénom : <NOM>Gaëlle</NOM>",
        "NOM : <NOM>HERVIEU</NOM>   PRÉNOM : <NOM>GAËLLE</NOM>   SEXE : F",
        "Résident : <NOM>Kerjean Alain</NOM>   Chambre : 12   Date : 03/03/2026",
        "Le Dr <NOM>Hervieu</NOM> : avis favorable à la sortie.",
    ],
)
def test_the_next_label_is_no_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
