"""Where someone is lodged or goes (issue 8, tenth probe batch): a hotel, a hostel or a home named
before its numbered street is part of the address (« hôtel social Le Relais, 41 avenue … », « hôtel
Formule 1, 2 rue … », « foyer Les Mouettes, 3 rue … »: the 115's and the SIAO's addresses), and cities
abroad listed in a bracket after a word of a trip (« retour au pays (Antananarivo, puis Toamasina) »).
Traps: a hotel without a name, cities abroad in a bracket of a paper's subject."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hébergée par le 115 à l'hôtel social Le Relais, 41 avenue Paul Vaillant-Couturier, 93120 La Courneuve",
            "hôtel social Le Relais, 41 avenue Paul Vaillant-Couturier",
        ),
        (
            "famille actuellement hôtel Formule 1, 2 rue de la Haie Coq",
            "hôtel Formule 1, 2 rue de la Haie Coq",
        ),
        ("sortie vers le foyer Les Mouettes, 3 rue du Port", "foyer Les Mouettes, 3 rue du Port"),
    ],
)
def test_the_lodging_opens_the_address(text: str, expected: str) -> None:
    assert values(text, "ADRESSE") == [expected]


def test_an_unnamed_hotel_stays_out() -> None:
    assert values("dormira à l'hôtel, 2 rue de la Paix", "ADRESSE") == ["2 rue de la Paix"]


def test_cities_of_a_trip_in_brackets() -> None:
    text = "retour au pays (Antananarivo, puis Toamasina) du 10 juillet au 25 août"
    assert values(text, "VILLE") == ["Antananarivo", "Toamasina"]


@pytest.mark.parametrize(
    "text", ["paludisme d'importation (Dakar, Bamako) : revue", "une étude (Londres, 2019)"]
)
def test_cities_of_a_paper_stay(text: str) -> None:
    assert values(text, "VILLE") == []
