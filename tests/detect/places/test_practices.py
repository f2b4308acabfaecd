"""Maternity wards and imaging practices named after a place or a patron (issue #8): « maternité des
Bluets », « centre d'imagerie Les Cèdres », « cabinet de radiologie du Parc », in lower case too.
Traps: the ward described, not named (« maternité de niveau 3 », « la maternité », « centre
d'imagerie » alone)."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Née le 2 mars à la maternité des Bluets.", ["maternité des Bluets"]),
        ("Accouchement prévu à la maternité Port-Royal", ["maternité Port-Royal"]),
        ("Scanner réalisé au centre d'imagerie Les Cèdres.", ["centre d'imagerie Les Cèdres"]),
        ("Échographie au cabinet de radiologie du Parc", ["cabinet de radiologie du Parc"]),
    ],
)
def test_named_wards_and_practices(text: str, expected: list[str]) -> None:
    assert values(text, "ETABLISSEMENT") == expected


@pytest.mark.parametrize(
    "text",
    [
        "transfert en maternité de niveau 3 pour prématurité",
        "La maternité a appelé ce matin.",
        "IRM au centre d'imagerie demain, puis cabinet de radiologie en ville",
        "consultation à la maternité, puis retour",
    ],
)
def test_wards_described_not_named(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []
