"""An address whose parts are separated by commas (issue #8): « 215, ter, avenue … » and the
letter's place and date after the sender's postcode and town on the same line. Traps: a postcode then
a town then no date; « 2,ter » in a dose."""

from __future__ import annotations

import pytest

from egide.detect import Detector


def _found(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in Detector().detect(text) if f.label == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Service de cardiologie\n37, ter, avenue du Général Sarrail, 03200, Vichy",
            ["37, ter, avenue du Général Sarrail"],
        ),
        ("Cabinet médical\n8, bis, rue des Tanneurs", ["8, bis, rue des Tanneurs"]),
    ],
)
def test_street_number_with_its_commas(text: str, expected: list[str]) -> None:
    assert _found(text, "ADRESSE") == expected


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Domicile : Ferme des Combes, Perrigny\nObstacle médico-légal : NON", "Perrigny"),
        ("vit au lieu-dit Kerhuel, Hennebont, seule", "Hennebont"),
    ],
)
def test_a_commune_after_a_farm_or_a_hamlet_and_a_comma(text: str, city: str) -> None:
    assert _found(text, "VILLE") == [city]


def test_dateline_after_the_senders_town() -> None:
    text = "4 rue Pasteur, 62300, LENS, Blois, le 03/02/2024\n\nCher confrère,"
    assert _found(text, "VILLE") == ["LENS", "Blois"]


@pytest.mark.parametrize("text", ["Vu en consultation, 62300, Ordre, Sens unique.", "Dose 2,ter rue"])
def test_no_place_without_one(text: str) -> None:
    assert _found(text, "VILLE") == [] and _found(text, "ADRESSE") == []


@pytest.mark.parametrize(
    ("text", "street", "cities"),
    [
        # a tab separates cells: the street ends at it, the next cell is no part of the street
        ("Arrivée\t16, rue des Tanneurs\tMme Solène Quéveaux entra", ["16, rue des Tanneurs"], []),
        # the commune in the cell after the street
        ("Domicile\t12 rue des Lilas\tLyon", ["12 rue des Lilas"], ["Lyon"]),
        ("| Domicile | 12 rue des Lilas | Orange |", ["12 rue des Lilas"], ["Orange"]),
    ],
)
def test_street_and_commune_in_cells(text: str, street: list[str], cities: list[str]) -> None:
    assert _found(text, "ADRESSE") == street
    assert _found(text, "VILLE") == cities


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # a CEDEX code parted from its commune by a comma
        ("adresse de facturation : CS 60015, 95001, Cergy-Pontoise Cedex.", "CODE_POSTAL", ["95001"]),
        # a place's name alone as the street line, its code between commas
        (
            "Mme Thomas Julie, 30 ans, Les Quatre Chemins, 85110, Chantonnay",
            "ADRESSE",
            ["Les Quatre Chemins"],
        ),
        ("Mme Thomas Julie, 30 ans, Les Quatre Chemins, 85110, Chantonnay", "CODE_POSTAL", ["85110"]),
    ],
)
def test_a_postcode_between_commas(text: str, label: str, expected: list[str]) -> None:
    assert _found(text, label) == expected


@pytest.mark.parametrize("text", ["dose : 95001, puis cedex", "soit 85110, Les Quatre Chemins"])
def test_numbers_before_a_comma_that_are_no_postcode(text: str) -> None:
    assert _found(text, "CODE_POSTAL") == []
