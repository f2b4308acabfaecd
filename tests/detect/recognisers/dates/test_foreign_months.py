"""Dates with a month named in Spanish, Portuguese, Italian or German, and English month-day dates
without a year (issue 8, tenth probe batch: letters of families abroad and of cross-border patients)."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi hijo, nacido el 7 de mayo de 2008, estuvo ingresado", "7 de mayo de 2008"),
        ("tras el accidente del 15 de agosto en la autopista", "15 de agosto"),
        ("ele esteve internado em fevereiro e voltou", "fevereiro"),
        ("nato il 3 marzo 2021 a Bastia", "3 marzo 2021"),
        ("wurde vom 10. Februar 2025 bis heute behandelt", "10. Februar 2025"),
        ("seit Oktober 2024 in Behandlung", "Oktober 2024"),
        ("en diciembre volvió a casa", "diciembre"),
        ("treated in your ward from January 12 to", "January 12"),
        ("signed in Manchester on 2 March, kind regards", "2 March"),
        ("admitted on October 3rd after a fall", "October 3rd"),
    ],
)
def test_the_foreign_date_is_found(text: str, expected: str) -> None:
    assert values(text, "DATE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "mayo de pollo, pas de sauce",
        "Marco de Souza est venu",
        "August Strindberg, Inferno",
        "you may 12 times",
        "the march 12 was long",
        "in October 5 mg daily",
        "abril e agosto sem data",
        "Januar",
        "le 31 de febrero",
    ],
)
def test_no_foreign_date_there(text: str) -> None:
    assert values(text, "DATE") == []
