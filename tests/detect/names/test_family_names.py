"""A household named by its surname (issue #8, probe8: genetics family trees, social notes):
« Famille Çelik : », « la famille Le Goff », « famille Quéméner / Guéguen ». Traps: a common word
after « famille » (« famille Nombreuse », « Famille d'accueil », « famille Proche »), the label
« Famille : », a line in capitals (« FAMILLE PRÉSENTE »)."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Famille <NOM>Çelik</NOM> : proposant II-4, 12 ans, ataxie.",
        "Objet : famille <NOM>Quéméner</NOM> — prélèvements.",
        "La famille <NOM>Le Goff</NOM> est arrivée à 14h.",
        "Vu la famille <NOM>Kerbrat</NOM> en entretien.",
    ],
)
def test_a_household_by_its_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "Famille Nombreuse, famille d'accueil, famille Monoparentale.",
        "Famille : présente. Famille Proche informée.",
        "FAMILLE PRÉSENTE AU DOMICILE",
        "Maladie de Crohn dans la famille Paternelle.",
    ],
)
def test_no_name_after_famille(text: str) -> None:
    assert names(text) == []
