"""Street numbers in words, and communes typed in lower case after a residence cue, with their traps."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trois av. Foch", "trois av. Foch"),
        ("demeurant vingt-deux rue de la République", "vingt-deux rue de la République"),
        ("dix-sept bis rue des Lilas", "dix-sept bis rue des Lilas"),
        ("quatre-vingt-dix-sept boulevard Haussmann", "quatre-vingt-dix-sept boulevard Haussmann"),
        ("deux place de la Mairie", "deux place de la Mairie"),
    ],
)
def test_street_numbers_in_words(text: str, expected: str) -> None:
    assert values(text, "ADRESSE") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("deux cours de Français par semaine", []),
        ("trois rues plus loin", []),
        ("habite une rue Victor Hugo", ["rue Victor Hugo"]),  # « une » is no number
        ("deux avenues Nationales", []),
    ],
)
def test_number_words_that_do_not_start_an_address(text: str, expected: list[str]) -> None:
    assert values(text, "ADRESSE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("habite à lyon", "lyon"),
        ("né à saint-etienne", "saint-etienne"),
        ("originaire de vierzon", "vierzon"),
        ("habite à tours depuis 2 ans", "tours"),
        ("domicilié à MARSEILLE", "MARSEILLE"),
    ],
)
def test_communes_in_lower_case_or_capitals_after_a_residence_cue(text: str, expected: str) -> None:
    assert values(text, "VILLE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "à tours de rôle",
        "vit en ville",  # « Villé » is a small commune: lower case needs a large town
        "habite en campagne",
        "vit à domicile",
        "né à terme",
        "habite à côté",
        "vit en couple",
        "habite à sens unique",
    ],
)
def test_lower_case_words_after_a_cue_that_are_no_places(text: str) -> None:
    assert values(text, "VILLE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 r. de la Paix, 75002 Paris", "12 r. de la Paix"),
        ("Mme X habite au 12 de la rue Victor Hugo", "12 de la rue Victor Hugo"),
    ],
)
def test_abbreviated_and_inverted_street_lines(text: str, expected: str) -> None:
    assert values(text, "ADRESSE") == [expected]


@pytest.mark.parametrize("text", ["J3 r. normal", "score 2 de la place assise", "2 de la rue"])
def test_abbreviations_and_numbers_that_are_no_street_line(text: str) -> None:
    assert values(text, "ADRESSE") == []
