"""A commune written before its postcode, the code closing the address (issue 8, probe13's family):
« Mairie (Quimper, 29000) », « Cabinet de Rostrenen, 22110 », « Domicile : Quimper 29000 ». Forms and
notes typed in a hurry give the town first; both the town and the code are places. Traps: a small
commune that is a French word, a number that is no postcode, a count after a town."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("Permanence sociale (Quimper, 29000), le mardi.", "Quimper", "29000"),
        ("Il habite Quimper, 29000.", "Quimper", "29000"),
        ("Domicile : Morlaix 29600", "Morlaix", "29600"),
        ("Cabinet infirmier de Rostrenen, 22110", "Rostrenen", "22110"),
        ("Centre social (Saint-Pierre, 97410)", "Saint-Pierre", "97410"),
        ("Guichet unique, Saint-Pierre-d'Oléron, 17310\nTél. accueil", "Saint-Pierre-d'Oléron", "17310"),
    ],
)
def test_a_commune_then_its_postcode(text: str, city: str, code: str) -> None:
    assert city in values(text, "VILLE")
    assert values(text, "CODE_POSTAL") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Glycémie à Vue, 44640",  # a small commune that is a word: no sign
        "Plaquettes Lyon 150000",  # six digits
        "Score Nancy 54000 unités",  # the number goes on into a unit: no address closes
    ],
)
def test_no_postcode_without_an_address_closing(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []


def test_a_commune_named_again_not_inside_a_code() -> None:
    """The commune read before its code is found again in the text, not inside a code joined by « _ »
    (« CHR_VIERZON » in an HL7 header names the sending system)."""
    text = "MSH|^~\\&|LABO|CHR_VIERZON|DPI\nADRESSE : 3 RUE GOURDON, VIERZON 18100\nNÉE À VIERZON."
    assert values(text, "VILLE") == ["VIERZON", "VIERZON"]
