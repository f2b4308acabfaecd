"""Postcodes and cities split by commas, line breaks and table cells; arrondissements; residence codes."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "code", "city"),
    [
        ("12 rue des Lilas, 69003, Lyon", "69003", "Lyon"),
        ("12 rue des Lilas\n69003\nLyon", "69003", "Lyon"),
        ("12 rue des Lilas 69003\nLYON", "69003", "LYON"),
        ("DUPONT Jean | 69003 | Lyon", "69003", "Lyon"),
        ("DUPONT\tJean\t75013\tPARIS", "75013", "PARIS"),
        ("4 impasse des Roses, 92100 Boulogne-\nBillancourt", "92100", "Boulogne-\nBillancourt"),
        ("CP 69003 ; ville : lyon", "69003", None),
        ("domicile : 69003 lyon", "69003", "lyon"),
    ],
)
def test_postcode_and_city_across_separators(text: str, code: str, city: str | None) -> None:
    assert values(text, "CODE_POSTAL") == [code]
    if city is not None:
        assert values(text, "VILLE") == [city]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("habite LYON 3 depuis 2010", "LYON 3"),
        ("domiciliée Paris 15e", "Paris 15e"),
        ("née à Paris 14e, vit seule", "Paris 14e"),  # the ordinal may end a clause
        ("vit à Marseille 13e.", "Marseille 13e"),
        ("adresse : Paris XIVe", "Paris XIVe"),
        ("vit à Lyon 3ème avec sa fille", "Lyon 3ème"),
        ("75015 Paris 15", "Paris 15"),
        ("domicile à Marseille 13e", "Marseille 13e"),
    ],
)
def test_arrondissements_go_with_their_city(text: str, city: str) -> None:
    assert city in values(text, "VILLE")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("vit à Paris 3 jours par semaine", "Paris"),  # a count, not an arrondissement
        ("habite à Lyon 12 ans", "Lyon"),
        ("habite à Lyon 25", "Lyon"),  # Lyon has nine arrondissements
        ("habite à Tours 2", "Tours"),  # only Paris, Lyon and Marseille have arrondissements
    ],
)
def test_numbers_after_a_city_that_are_not_arrondissements(text: str, city: str) -> None:
    assert values(text, "VILLE") == [city]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("habite dans le 13005", "13005"),
        ("vit dans le 75018 avec son fils", "75018"),
        ("habite le 92", "92"),  # a department alone after a residence cue
        ("originaire du 93", "93"),
        ("domiciliée dans le 2A", "2A"),
        ("réside dans le 974", "974"),
    ],
)
def test_codes_after_a_residence_cue(text: str, code: str) -> None:
    assert values(text, "CODE_POSTAL") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "dans le 92 % des cas",
        "le 13 au matin",
        "vit le 92e jour",
        "habite le 12 mai",  # the date is another finding
        "dans le 15000 mg",
        "présent dans le 99999",  # no such postcode
        "chambre 12, lit le 92",
        "habite le 99",  # no such department
    ],
)
def test_numbers_after_le_that_are_no_places(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 rue des Lilas\nLYON", "LYON"),  # the line after a street line
        ("3, av. Foch\nSens\n", "Sens"),  # even a commune that is a word, alone on its line
        ("12 rue des Lilas\nLyon CEDEX", "Lyon"),
    ],
)
def test_a_commune_alone_on_the_line_after_a_street_line(text: str, expected: str) -> None:
    assert values(text, "VILLE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sens\nConscience normale",  # no street line before
        "12 rue des Lilas\nSens de la marche conservé",  # not alone on its line
        "CP : 69100 Ville : VILLEURBANNE",  # « Ville » is the field's label (the city is found)
    ],
)
def test_lines_and_labels_that_are_no_city(text: str) -> None:
    assert "Sens" not in values(text, "VILLE") and "Ville" not in values(text, "VILLE")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("né à Lyon (69)", "69"),
        ("domicilié à Vienne (38)", "38"),
        ("né à Ajaccio (2A)", "2A"),
    ],
)
def test_a_department_in_brackets_after_a_commune(text: str, code: str) -> None:
    assert values(text, "CODE_POSTAL") == [code]


@pytest.mark.parametrize("text", ["score de Sens (12)", "traitement (38) jours", "Lyon (99)"])
def test_numbers_in_brackets_that_are_no_department(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []


@pytest.mark.parametrize(
    ("text", "code", "city"),
    [
        # the usual name of a commune the lists hold by its official one, a former commune, a hamlet
        ("Réside au lieu-dit Les Granges, 24200 Sarlat", "24200", "Sarlat"),
        ("Domicile : 2 rue Haute\n24200 SARLAT", "24200", "SARLAT"),
        ("12 chemin des Vignes, 38250 Lans-en-Verc", "38250", "Lans-en-Verc"),
        # on the street's line without a comma; a locality inside a commune, opening on a common word
        ("Adresse : 14 chemin Piton Bâtard 97411 Bois-de-Nèfles\nTransport", "97411", "Bois-de-Nèfles"),
        ("2 rue des Écoles 38800 Pont-de-Claix", "38800", "Pont-de-Claix"),
    ],
)
def test_a_commune_no_list_holds_after_a_postcode_in_use(text: str, code: str, city: str) -> None:
    assert values(text, "CODE_POSTAL") == [code]
    assert values(text, "VILLE") == [city]


@pytest.mark.parametrize(
    "text",
    [
        "IPP 80012 Service de cardiologie",  # a number that is also a postcode, then a French word
        "2 rue Haute, 24200 CEDEX",  # a word of the address block
        "Héparine 25000 UI par jour",  # a dose
        "2 rue Haute 24200 Pour info",  # a common word without a link word
    ],
)
def test_words_after_a_number_that_are_no_commune(text: str) -> None:
    assert values(text, "VILLE") == []
