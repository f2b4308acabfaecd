"""Places in text typed or exported carelessly: glued commas, no accents, line breaks, table cells, capitals."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "code", "city"),
    [
        ("136 bd du Château,76260 EU", "76260", "EU"),
        ("197,rue du Moulin,70000 Vesoul.Mail :x", "70000", "Vesoul"),
        ("88,allée de Bretagne,76600 Le Havre", "76600", "Le Havre"),
    ],
)
def test_postcode_glued_after_a_comma(text: str, code: str, city: str) -> None:
    assert values(text, "CODE_POSTAL") == [code]
    assert values(text, "VILLE") == [city]


@pytest.mark.parametrize("text", ["soit 1,50000 unités", "taux à 2,75000", "x,69003"])
def test_numbers_after_a_comma_that_are_no_postcode(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Il vit seul a Tourcoing, sa fille passe", "VILLE", "Tourcoing"),
        ("Fait a Rodez, le 06032018.", "VILLE", "Rodez"),
        ("Adressee aux urgences (Hopital prive de Vire)", "ETABLISSEMENT", "Hopital prive de Vire"),
        ("Centre de reeducation Les Herbiers", "ETABLISSEMENT", "Centre de reeducation Les Herbiers"),
        ("Adresse : 22 bis, residence Aristide Briand", "ADRESSE", "22 bis, residence Aristide Briand"),
        ("Adresse : 184 allee du General de Gaulle", "ADRESSE", "184 allee du General de Gaulle"),
        ("domiciliee a Vierzon", "VILLE", "Vierzon"),
    ],
)
def test_places_typed_without_accents(text: str, label: str, expected: str) -> None:
    assert values(text, label) == [expected]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("il a Orange comme opérateur", "VILLE"),  # « a » the verb, before a commune that is a word
        ("il cite Victor Hugo", "ADRESSE"),  # « cité » keeps its accent
        ("il a Sens unique", "VILLE"),
    ],
)
def test_unaccented_words_that_are_no_places(text: str, label: str) -> None:
    assert values(text, label) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28 impasse\nLouis Pasteur, 67000 Strasbourg", "28 impasse\nLouis Pasteur"),
        ("216 boulevard\nde Ferreira, 76500 ELBEUF", "216 boulevard\nde Ferreira"),
        ("88, allée de\nBretagne, 76600 Le Havre", "88, allée de\nBretagne"),
        ("167, rue\ndes Écoles", "167, rue\ndes Écoles"),
    ],
)
def test_street_lines_cut_by_a_line_break(text: str, expected: str) -> None:
    assert values(text, "ADRESSE") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 rue des Lilas\nMadame Dupont", "12 rue des Lilas"),
        ("3 place\nLe patient est calme", None),
        ("12 rue\nle patient est calme", None),
    ],
)
def test_line_breaks_that_end_a_street_line(text: str, expected: str | None) -> None:
    assert values(text, "ADRESSE") == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Bordeaux | le 10/4/17 |", "Bordeaux"),  # a letter's dateline in a table cell
        ("BORDEAUX, LE 10/4/17", "BORDEAUX"),
        ("CENTRE DE RÉÉDUCATION LES HERBIERS", None),
    ],
)
def test_datelines_in_cells_and_capitals(text: str, expected: str | None) -> None:
    if expected is None:
        assert values(text, "ETABLISSEMENT") == [text]
    else:
        assert values(text, "VILLE") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bordeaux\tle 10/4/17", ["Bordeaux"]),  # a table's cells, the tab read as a space
        ("Melun le 2025-09-14", ["Melun"]),
        ("Vue le 3 mars par le Dr X", []),  # « Vue » opens a sentence
        # a large commune that is also a word (« sens ») needs the date's year to open a dateline (fix18a)
        ("Sens le 12/03", []),
        ("Sens le 12/03/2026", ["Sens"]),
        ("Le sens le 12/03 était clair", []),
    ],
)
def test_datelines_without_a_comma(text: str, expected: list[str]) -> None:
    from egide.detect import Detector

    found = Detector().detect(text)
    assert [text[f.start : f.end] for f in found if f.label == "VILLE"] == expected
