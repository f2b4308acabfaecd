"""Place families the older held-out batches still missed (issue 8), each with invented text: an
estate and its building after a residence cue before a postcode with no commune, a castle or a manor
named before its road under an address's label, the town a patient comes from in any case (« vient
de »), a house in Madagascar by its lot, a commune with its article as the last item of a bracket
after a hospital's site. Traps: a batch's lot, words after « vient de », an article and a word."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "part", "label"),
    [
        (
            "M. Ziani, domicilié Les Jardins de Font-Vert, bât. K, 13014.",
            "Les Jardins de Font-Vert, bât. K",
            "ADRESSE",
        ),
        ("M. Ziani, domicilié Les Jardins de Font-Vert, bât. K, 13014.", "13014", "CODE_POSTAL"),
        (
            "Adresse : Manoir de Kerbiquet, route de Morlaix, 29400 Landivisiau",
            "Manoir de Kerbiquet, route de Morlaix",
            "ADRESSE",
        ),
        (
            "Adresse : Château de la Motte, chemin des Vignes, 71000 Mâcon",
            "Château de la Motte, chemin des Vignes",
            "ADRESSE",
        ),
        ("cs méd g — mme diallo, vient de bamako, hébergée chez sa sœur", "bamako", "VILLE"),
        ("Patient venant de Ziguinchor pour bilan", "Ziguinchor", "VILLE"),
        ("elle vient de quimper pour la consultation", "quimper", "VILLE"),
        ("adresse à Tana : lot IV J 12 bis, Ambohipo. Joignable au", "lot IV J 12 bis, Ambohipo", "ADRESSE"),
        ("opéré au CH de Grasse (site Clavary, Le Cannet) le 3 mars", "Le Cannet", "VILLE"),
    ],
)
def test_the_place_is_found(text: str, part: str, label: str) -> None:
    assert part in values(text, label), values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Numéro de lot IV 12, Doliprane 1000 mg",
        "le patient vient de manger, il vient de tours de garde",
        "il vient de sortir de réanimation",
        "(voir plus haut, La Suite)",
    ],
)
def test_no_place_is_found(text: str) -> None:
    assert [v for v in values(text) if v != "Doliprane"] == [], values(text)
