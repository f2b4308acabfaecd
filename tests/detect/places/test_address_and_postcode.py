"""Street lines, postal boxes and postcodes."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("domicilié au 12 rue de la Paix", "12 rue de la Paix"),
        ("12 bis rue de la Paix, 75002 Paris", "12 bis rue de la Paix"),
        ("3 ter, avenue Foch", "3 ter, avenue Foch"),
        ("182, résidence des Lilas, 10000 Troyes", "182, résidence des Lilas"),
        ("136 bd du Château, 76260 Eu", "136 bd du Château"),
        ("3 av. Foch", "3 av. Foch"),
        ("45 boulevard Gambetta", "45 boulevard Gambetta"),
        ("7 impasse des Acacias", "7 impasse des Acacias"),
        ("2 allée des Tilleuls", "2 allée des Tilleuls"),
        ("8 quai de la Fosse", "8 quai de la Fosse"),
        ("14 chemin des Vignes", "14 chemin des Vignes"),
        ("5 place Bellecour", "5 place Bellecour"),
        ("21 route de Lyon", "21 route de Lyon"),
        ("9 cours Mirabeau", "9 cours Mirabeau"),
        ("lieu-dit Kerbernard", "lieu-dit Kerbernard"),
        ("habite rue Victor Hugo depuis", "rue Victor Hugo"),
        ("Résidence Les Tilleuls, bât. B", "Résidence Les Tilleuls, bât. B"),
        ("12 rue des Lilas, bât. C, appt 12", "12 rue des Lilas, bât. C, appt 12"),
        ("Place de la République", "Place de la République"),
        ("91, rue du 8 Mai 1945", "91, rue du 8 Mai 1945"),  # a street named after a date stays an address
        ("12 rue de la paix", "12 rue de la paix"),  # typed in lower case
        ("BP 123", "BP 123"),
        ("CS 30001", "CS 30001"),
        ("TSA 70001", "TSA 70001"),
        # rural addresses without a number: a farm, a mill, a manor; a road to a place in lower case
        ("Lieu de vie : ferme de la Haute-Borne", "ferme de la Haute-Borne"),
        ("vit au Moulin des Prés depuis", "Moulin des Prés"),
        ("Manoir de Kerhuel", "Manoir de Kerhuel"),
        ("la bastide des Oliviers", "bastide des Oliviers"),
        ("domicile : route de Montbard", "route de Montbard"),
        ("chemin des Vignes, seul", "chemin des Vignes"),
        # a road's number is its name
        ("accès par la route RD 906", "route RD 906"),
        # an OCR's O for a zero in the street number
        ("demeurant : 4O bis rue Ampère", "4O bis rue Ampère"),
        ("1O rue de la Paix", "1O rue de la Paix"),
        # the flat before the street line
        (
            "Adresse : Appt 34, 3e étage, 112 bd de Strasbourg, 83000 Toulon",
            "Appt 34, 3e étage, 112 bd de Strasbourg",
        ),
        ("Bât. C - 4 rue des Écoles", "Bât. C - 4 rue des Écoles"),
        # activity zones, a postal box in words
        ("employeur : SARL Dubois, ZA des Platières, 69390 Vourles", "ZA des Platières"),
        ("Cabinet : 12 ZI Nord, Lisieux", "12 ZI Nord"),
        ("siège : zone industrielle des Vignes", "zone industrielle des Vignes"),
        ("domiciliation : Boîte postale 48, 75010 Paris", "Boîte postale 48"),
        ("écrire à la boite postale n° 12", "boite postale n° 12"),
    ],
)
def test_addresses_are_found(text: str, expected: str) -> None:
    assert values(text, "ADRESSE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "2 cours de chimiothérapie",
        "mise en place de la sonde",
        "3 voies veineuses périphériques",
        "en route vers le bloc",
        "chemin clinique standard",
        "au cours de la journée",
        "la place du patient dans la décision",
        "CS 3",  # not a Cedex box
        "2 passages aux urgences",
        "consistance ferme de la masse",  # « ferme » the adjective: no capitalised name after it
        "selles fermes, moulin à vent",
        "prise en charge ferme. De plus",
        "en route pour le scanner",
        "chemin de fer, route nationale",
        # an abbreviation and its value after a street word: no street without a number
        "AV OD 8/10 P2, OG 10/10 P2",
        "Passage IDE 2x/j pour le pansement",
        "Av OG 6/10 avec correction",
        "Voie VVP 2 posée",
        "ZA 3 cm, ZI 2, zone inflammatoire, zone industrielle de 3 ha",
        "porte 2, 3 voies veineuses",
    ],
)
def test_street_words_in_clinical_prose(text: str) -> None:
    assert values(text, "ADRESSE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 rue de la Paix, 75013 Paris", "75013"),
        ("20000 Ajaccio", "20000"),
        ("20200 Bastia", "20200"),
        ("76031 ROUEN CEDEX 1", "76031"),
        ("76031 Rouen Cedex", "76031"),
        ("97110 Pointe-à-Pitre", "97110"),
        ("CP : 69003", "69003"),
        ("code postal 33000", "33000"),
        ("12 rue des Lilas, 69003", "69003"),
        ("75 013 Paris", "75 013"),
        ("12 rue des lilas 69003 lyon", "69003"),  # typed in lower case
        ("75013 paris", "75013"),
    ],
)
def test_postcodes_are_found(text: str, expected: str) -> None:
    assert values(text, "CODE_POSTAL") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Héparine 25000 UI/j",
        "plaquettes à 150000/mm3",
        "10000 UI de vitamine D",
        "leucocytes 12000",
        "D-dimères 2300 µg/L",
        "75013",  # five digits alone
        "dossier 69003 transmis",
        "10000 ui de vitamine D",
        "25000 unités",
    ],
)
def test_other_five_digit_numbers(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cabinet médical - 12 Grande Rue - 25000 Besançon", "12 Grande Rue"),
        ("domicile : 4 Grand'Rue 67000 Strasbourg", "4 Grand'Rue"),
        ("3 Vieille Route du Port, 29000 Quimper", "3 Vieille Route du Port"),
        ("habite au 5 Grande Rue de la Croix-Rousse", "5 Grande Rue de la Croix-Rousse"),
    ],
)
def test_a_street_named_by_an_adjective_and_its_type(text: str, expected: str) -> None:
    assert values(text, "ADRESSE") == [expected]


@pytest.mark.parametrize("text", ["une grande rue passante", "2 grandes rues plus loin", "la 3e Petite voie"])
def test_adjectives_and_street_words_in_prose(text: str) -> None:
    assert values(text, "ADRESSE") == []
