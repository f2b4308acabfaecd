"""Dates that probe14 missed, fixed as families (issue #8): a month alone after an event's noun and « de »
(« la rupture de septembre »), a day alone after a stay's event or « depuis le » (« hospitalisée depuis le
12 », « transféré … le 3 pour bilan »), a short dotted date standing in a row's cell (« — 2.9.39 — »), a
form's dot leaders between a date's label and its value (« DDN ........ 7.5.82 »), and the genealogists'
birth sign (« (°1966) »). Traps: the same shapes where nothing is dated."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month alone after an event's noun and « de »
        ("Je l'ai inscrit à la réhabilitation respiratoire de janvier.", ["janvier"]),
        ("Idées noires depuis la rupture de septembre. Pas de scénario.", ["septembre"]),
        ("La chute d'août a laissé une boiterie.", ["août"]),
        ("Reprise du travail prévue après la cure de mars.", ["mars"]),
        ("Les séances de juin ont été bien tolérées.", ["juin"]),
    ],
)
def test_a_month_after_an_event_and_de_is_a_date(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Maladie de Mars, forme familiale.",  # a capital: a name
        "Prendre 1 comprimé de sept jours.",  # « sept » is seven
    ],
)
def test_a_month_word_without_its_cue_stays_clear(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ma femme est hospitalisée depuis le 12 à Pontchaillou.", ["12"]),
        ("Il a été transféré de Beaujon à Paul-Brousse le 3 pour bilan pré-greffe.", ["3"]),
        ("Admise le 4, sortie prévue lundi.", ["4"]),
        ("Il est sorti le 1er.", ["1er"]),
        ("Patient reçu le 4 par le Dr Martin.", ["4"]),
        ("Elle est entrée en chambre le 12 et va bien.", ["12"]),
        ("Opérée le 9 au matin.", ["9"]),
    ],
)
def test_a_day_alone_after_a_stays_event_is_a_date(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Opéré le 3e jour post-partum.",  # an ordinal
        "Vu le 2 fois par semaine.",  # a count
        "Posé le 12 mm de diamètre.",  # a size
        "Le 3 est normal et le dosage du 12 aussi.",  # no event before
        "Traitement arrêté depuis le 3 cycle.",  # a word that is no clause's end
        "le 4, il est sorti.",  # the event after the day
        "Transféré le 2 h après.",  # an hour
    ],
)
def test_a_number_after_an_event_is_not_always_a_day(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10h30 Meyer Odette — 2.9.39 — reprise PTG D", ["2.9.39"]),
        ("Meyer Odette | 7.5.33 | PTH", ["7.5.33"]),
        ("ROUX Paul\t3.11.48\tURG", ["3.11.48"]),
    ],
)
def test_a_short_dotted_date_in_a_rows_cell_is_a_date(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Logiciel version 2.1.10 installé.", "Dosage 1.2.12 - normal", "v2.1.10 — mise à jour"],
)
def test_a_dotted_number_outside_a_cell_stays_a_number(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DDN ...................... 7.5.82", ["7.5.82"]),
        ("Date de naissance ........ 12/03/1950", ["12/03/1950"]),
        ("Naissance …… 04/03/1961", ["04/03/1961"]),
        ("Poirier, Marc — (°1966), 45000, Orléans", ["1966"]),
        ("Meyer Odette (° 12/03/1950)", ["12/03/1950"]),
    ],
)
def test_a_birth_date_after_leaders_or_the_birth_sign(text: str, expected: list[str]) -> None:
    assert values(text, "DATE_NAISSANCE") == expected


@pytest.mark.parametrize("text", ["Température 38° 1966 mesures", "chambre n° 1966", "angle de 45° 12/03"])
def test_a_degree_or_a_number_sign_is_no_birth_sign(text: str) -> None:
    assert values(text, "DATE_NAISSANCE") == []
