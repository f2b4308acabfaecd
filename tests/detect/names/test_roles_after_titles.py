"""A title then « de » and a French word is a role (« Docteur de garde »), not a name (issue 14)."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "text",
    [
        "Docteur de garde : appeler le poste de l'unité.",
        "Dr de garde prévenu à 3 h.",
        "docteur de service ce week-end",
        "Le docteur de nuit a revu la patiente.",
        "Interne de garde : avis demandé.",
    ],
)
def test_a_duty_after_a_title_is_not_a_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Vu par le Dr <NOM>de kerhuel</NOM> ce matin.",
        "Mme <NOM>de la Fontaine</NOM>, 80 ans.",
        "le docteur <NOM>de Gaulle</NOM> a signé",
        "Docteur de garde : Dr <NOM>Paul Martin</NOM>.",
    ],
)
def test_names_with_a_particle_after_a_title_are_still_names(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
