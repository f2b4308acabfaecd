"""The commune after a CEDEX code (in no list of postcodes in use: « Cedex » after the commune says it is
one) and a listed commune hyphenated to another name after a postcode (« Cergy-Pontoise »)."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Centre hospitalier, BP 6006, (97306 Cayenne Cedex)", ["Cayenne"]),
        ("Préfecture, CS 20105, 95010 Cergy-Pontoise Cedex", ["Cergy-Pontoise"]),
        ("TSA 40001, 48004 Mende Cedex 9", ["Mende"]),
        ("domicile : 95000 Cergy-Pontoise", ["Cergy-Pontoise"]),
    ],
)
def test_communes_after_cedex_codes_and_hyphenated_postal_names(text: str, expected: list[str]) -> None:
    assert values(text, "VILLE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "48004 Cedex",  # no commune
        "BP 12, 48004 Cedex 9",
    ],
)
def test_a_cedex_without_a_commune_names_none(text: str) -> None:
    assert values(text, "VILLE") == []
