"""Portuguese postcodes before their town (issue #8, probe8): « Quinta da Ribeira, lugar de Paços,
4990-620 Ponte de Lima », « chez sa mère, 4750-123 Barcelos ». Traps: a reference number (« FEI n°
2025-118 Paris »), a version (« version 2019-123 Beta »), a range inside a sentence."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "code", "town"),
    [
        ("Adresse de vacances : Quinta da Ribeira, lugar de Paços, 4990-620 Ponte de Lima", "4990-620", "Ponte de Lima"),
        ("Chez sa mère, 4750-123 Barcelos, tout l'été.", "4750-123", "Barcelos"),
        ("Rua do Almada 212, 2.º dto, 4050-032 Porto (Portugal)", "4050-032", "Porto"),
        ("Adresse :\n3500-001 Viseu", "3500-001", "Viseu"),
    ],
)  # fmt: skip
def test_a_portuguese_postcode_and_its_town(text: str, code: str, town: str) -> None:
    assert values(text, "CODE_POSTAL") == [code]
    assert values(text, "VILLE") == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Déclaré dans la FEI n° 2025-118 Paris.",
        "Logiciel version 2019-123 Beta installé.",
        "Entre 1990-200 Patients inclus.",
    ],
)
def test_no_portuguese_postcode_there(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []
