"""Addresses abroad in the order of their country (issue #8): the number after the street's name,
street types that French addresses do not use, the postcode in its country's shape and the town
after it; a French street line without number that files it after a comma. Traps: the same type
words in a sentence, without a house number, or before a quantity."""

from __future__ import annotations

import pytest

from tests.detect.places.support import find_places


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(f.label), text[f.start : f.end]) for f in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wohnhaft: Hauptstraße 5, D-10115 Berlin",
            [("ADRESSE", "Hauptstraße 5"), ("CODE_POSTAL", "D-10115"), ("VILLE", "Berlin")],
        ),
        (
            "domiciliée Calle Mayor 12, 28013 Madrid",
            [("ADRESSE", "Calle Mayor 12"), ("CODE_POSTAL", "28013"), ("VILLE", "Madrid")],
        ),
        (
            "chez sa fille, Rua das Flores 27, 4050-262 Porto.",
            [("ADRESSE", "Rua das Flores 27"), ("CODE_POSTAL", "4050-262"), ("VILLE", "Porto")],
        ),
        # the floor and side after the number
        (
            "Mr Reis, Avenida da Liberdade 110, 3.º esq., 1250-146 Lisboa, en vacances",
            [
                ("ADRESSE", "Avenida da Liberdade 110, 3.º esq."),
                ("CODE_POSTAL", "1250-146"),
                ("VILLE", "Lisboa"),
            ],
        ),
        (
            "vit Calle Mayor 12, 3º B, 28013 Madrid",
            [("ADRESSE", "Calle Mayor 12, 3º B"), ("CODE_POSTAL", "28013"), ("VILLE", "Madrid")],
        ),
        ("adresse : Via Roma 21, Torino", [("ADRESSE", "Via Roma 21")]),
        (
            "adressé par le Dr Smith, 12 Baker Street, London",
            [("ADRESSE", "12 Baker Street"), ("VILLE", "London")],
        ),
        ("domicile : lotissement Les Vignes, 8", [("ADRESSE", "lotissement Les Vignes, 8")]),
    ],
)
def test_streets_abroad_and_their_towns(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Via le SAMU, transfert de 12 patients",
        "plan de soins : Largo 3 fois par jour",
        "la Piazza, un restaurant italien",
        "a marché sur la Calle Mayor pendant ses vacances",  # no house number
        "chemin des Vignes, 3 patients vus",
    ],
)
def test_type_words_without_an_address(text: str) -> None:
    assert [s for s in _spans(text) if s[0] == "ADRESSE" and any(c.isdigit() for c in s[1])] == []


def test_a_laboratorys_address_in_a_leaflet_stays() -> None:
    text = "Titulaire : Glaxo Wellcome GmbH & Co. KG\nIndustriestrasse 32, 23843 Bad Oldesloe, Allemagne"
    assert [s for s in _spans(text) if s[0] == "ADRESSE"] == []


def test_a_manufacturers_address_after_its_dotted_form_stays() -> None:
    text = "Elanco Valquimica S.A.\nAvda. de la Industria, 30"
    assert [s for s in _spans(text) if s[0] == "ADRESSE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: more types than « Street » and « Road », the British postcode after the town
        (
            "sa sœur, 14 Hazel Lane, Norwich NR2 4QX, prévenue",
            [("ADRESSE", "14 Hazel Lane"), ("VILLE", "Norwich"), ("CODE_POSTAL", "NR2 4QX")],
        ),
        (
            "domicilié 9 Beacon Close, Exeter, EX4 7LP.",
            [("ADRESSE", "9 Beacon Close"), ("VILLE", "Exeter"), ("CODE_POSTAL", "EX4 7LP")],
        ),
        ("correspondant : 31 Orchard Avenue, Derby", [("ADRESSE", "31 Orchard Avenue"), ("VILLE", "Derby")]),
        # Catalan and Spanish: the door as a number after the floor, « C/ » for « calle », more types
        (
            "vit Carrer de la Riera 27, 4º 1ª, 08301 Mataró",
            [("ADRESSE", "Carrer de la Riera 27, 4º 1ª"), ("CODE_POSTAL", "08301"), ("VILLE", "Mataró")],
        ),
        (
            "domiciliée C/ Major 8, 17480 Roses",
            [("ADRESSE", "C/ Major 8"), ("CODE_POSTAL", "17480"), ("VILLE", "Roses")],
        ),
        (
            "adresse : Paseo de la Castellana 77, 28046 Madrid",
            [("ADRESSE", "Paseo de la Castellana 77"), ("CODE_POSTAL", "28046"), ("VILLE", "Madrid")],
        ),
        # Romanian: « nr. » before the number, block, staircase and flat, a six-digit postcode
        (
            "fils : Str. Florilor nr. 16, bl. C2, sc. 1, ap. 9, 500123 Brașov",
            [
                ("ADRESSE", "Str. Florilor nr. 16, bl. C2, sc. 1, ap. 9"),
                ("CODE_POSTAL", "500123"),
                ("VILLE", "Brașov"),
            ],
        ),
        (
            "vit Calea Dorobanților nr. 41, Craiova",
            [("ADRESSE", "Calea Dorobanților nr. 41"), ("VILLE", "Craiova")],
        ),
    ],
)
def test_more_street_forms_abroad(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mise en place de 2 Place sous surveillance",
        "la Close 3 fois",
        "le Drive 12 minutes",
        "dossier nr. 12 classé",
    ],
)
def test_english_and_romanian_words_without_an_address(text: str) -> None:
    assert [s for s in _spans(text) if s[0] == "ADRESSE"] == []


def test_an_english_line_typed_in_capitals() -> None:
    text = "SON MÉDECIN : DR WALSH, 8 CHURCH ROAD, YOUGHAL, CO. CORK, P36 DX45"
    assert [s for s in _spans(text) if s[0] in ("ADRESSE", "CODE_POSTAL")] == [
        ("ADRESSE", "8 CHURCH ROAD"),
        ("CODE_POSTAL", "P36 DX45"),
    ]


def test_french_words_in_capitals_are_no_english_street() -> None:
    assert [s for s in _spans("LE 12 JUIN MISE EN PLACE DU TRAITEMENT") if s[0] == "ADRESSE"] == []
