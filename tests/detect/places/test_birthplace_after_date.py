"""The place of birth after the date of birth: « né le 01/01/1996 à Conakry », « née le 3 mars 1970 à
Oran », « né en 1985 à Tizi Ouzou ». Traps: what follows the date is no capitalised place."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Traoré, né le 02/02/1991 à Ségou, hébergé chez son oncle", "Ségou"),
        ("née le 1er avril 1950 à Sfax (Tunisie)", "Sfax"),
        ("né en 1978 à Mostaganem", "Mostaganem"),
        ("Née le 14.07.1969, à Toamasina", "Toamasina"),
        # the date as forms print it: other separators, spaces around them, or its boxes read as one
        ("né le 12-05| 47 à Oran (Algérie)", "Oran"),
        ("né le 01| 01 1996 à Conakry, hébergé au CHRS", "Conakry"),
        ("née le 14 03 1950 à Ségou", "Ségou"),
        ("né le 12051947 à Tlemcen", "Tlemcen"),
        ("né le 120547 à Oran (Algérie)", "Oran"),
        ("Date et lieu de naissance : 05|01-1950, Limoges", "Limoges"),
        ("Lieu de naissance : 05011950, Limoges", "Limoges"),
    ],
)
def test_the_birthplace_after_the_date_of_birth(text: str, expected: str) -> None:
    assert values(text, "VILLE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "né le 12/12/2024 à terme, Apgar 10",
        "née le 12/12/1960 à 10h",
        "né le 02/02/2025 en Urgence",
        "né le 02/02/2025 au Bloc",
        "né le 12122024 à terme, Apgar 10",
        "née le 12 12 1960 à 10h",
        "né le 020225 en Urgence",
        "date de naissance 05011950, Glasgow 15",
    ],
)
def test_what_follows_a_date_of_birth_is_not_always_a_place(text: str) -> None:
    assert values(text, "VILLE") == []
