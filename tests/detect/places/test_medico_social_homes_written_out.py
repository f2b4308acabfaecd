"""Médico-social homes written out, as their acronyms are read (issue #8, probe9's residual misses: a
guardianship letter's copy list): « foyer d'accueil médicalisé « Les Iris » », « maison d'accueil
spécialisée Le Verger », « foyer de vie La Source », « institut médico-éducatif Les Peupliers ». Traps:
the same words without a name after them."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Copie : foyer d'accueil médicalisé « Les Iris », Montbrison", "foyer d'accueil médicalisé « Les Iris"),
        ("admission en maison d'accueil spécialisée Le Verger en 2023", "maison d'accueil spécialisée Le Verger"),
        ("réside au foyer de vie La Source depuis dix ans", "foyer de vie La Source"),
        ("scolarisé à l'institut médico-éducatif Les Peupliers", "institut médico-éducatif Les Peupliers"),
        ("hébergée au centre d'hébergement et de réinsertion sociale Le Phare", "centre d'hébergement et de réinsertion sociale Le Phare"),
    ],
)  # fmt: skip
def test_a_home_written_out_with_its_name(text: str, name: str) -> None:
    assert values(text, "ETABLISSEMENT") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "une orientation en foyer de vie est demandée, puis en maison d'accueil spécialisée.",
        "pas de place en foyer d'accueil médicalisé ni en institut médico-éducatif cette année",
        "la résidence autonomie de la commune est pleine",
    ],
)
def test_the_kind_of_home_alone_is_no_establishment(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []
