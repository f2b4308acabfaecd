"""Dates with a month named in Spanish, Portuguese, Italian, German or a regional language of France, and
English month-day dates without a year (issue 8, tenth probe batch: letters of families abroad and of
cross-border patients)."""

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


# Months in a regional language of France (issue 8, probe9's residual misses: a bilingual Corsican
# letterhead), with a day or a year; alone, a word that is something else as well is no date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bastia, u 21 di ghjugnu 2024 / le 21 juin 2024", "21 di ghjugnu 2024"),
        ("Corti, u 2 d'aostu 2025", "2 d'aostu 2025"),
        ("Perpinyà, 18 de febrer de 2025", "18 de febrer de 2025"),
        ("Tolosa, lo 7 de julhet de 2023", "7 de julhet de 2023"),
        ("Kemper, d'an 9 Kerzu 2024", "9 Kerzu 2024"),
    ],
)
def test_a_month_in_a_regional_language_is_a_date(text: str, expected: str) -> None:
    assert values(text, "DATE")[0] == expected


@pytest.mark.parametrize(
    "text",
    ["ça peut gener le patient au lit", "la maiu est prête", "le eost du village"],
)
def test_regional_month_words_alone_are_no_date(text: str) -> None:
    assert values(text, "DATE") == []
