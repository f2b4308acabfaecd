"""Establishments named by their kind and their town that the types did not hold (issue 8, tenth probe
batch): a public psychiatric hospital by its acronym (« EPSM de Bohars »), a « centre psychothérapique »,
a dialysis centre (« centre de dialyse de Furiani », « Centre d'hémodialyse Les Tilleuls »), a
« Médipôle », and a hospital in a letter written in English, Spanish or Portuguese (« hospital de
Perpignan »). Traps: the same words without a proper name after them."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("admis à l'EPSM de Bohars le 3 mars", "EPSM de Bohars"),
        ("suivi à l'EPSM Lille-Métropole depuis", "EPSM Lille-Métropole"),
        ("transféré au centre psychothérapique de Laxou", "centre psychothérapique de Laxou"),
        ("transport au centre de dialyse de Furiani 3 fois par semaine", "centre de dialyse de Furiani"),
        ("dialysée au Centre d'hémodialyse Les Tilleuls", "Centre d'hémodialyse Les Tilleuls"),
        ("évacuée vers le Médipôle de Koutio", "Médipôle de Koutio"),
        ("estuvo ingresado en el hospital de Perpignan tras el accidente", "hospital de Perpignan"),
        ("he was treated at Hospital Santa Maria in Lisbon", "Hospital Santa Maria"),
        (
            "affecté au CHOG de Saint-Laurent-du-Maroni à compter du 1er juin",
            "CHOG de Saint-Laurent-du-Maroni",
        ),
        ("adressé au CHPF pour coronarographie", "CHPF"),
        ("transfert vers le GHER dans la nuit", "GHER"),
    ],
)
def test_the_establishment_is_found(text: str, expected: str) -> None:
    assert expected in values(text, "ETABLISSEMENT")


@pytest.mark.parametrize(
    "text",
    [
        "séances au centre de dialyse trois fois par semaine",
        "le centre de dialyse de l'hôpital",
        "une hospitalisation au centre psychothérapique",
        "the hospital staff were very kind",
        "avis de l'EPSM demandé",
        "suivi pour un CHC, le CHC est stable",
        "le GHM 04M053 et le GHS 5123",
        "LE CHOC SEPTIQUE DU CHEF DE SERVICE",
        "rechute sous R-CHOP, le CHOP suivant",
        "sur la base des recommandations du CHMP, veuillez lire",
    ],
)
def test_no_establishment_without_a_name(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []
