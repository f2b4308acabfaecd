"""Addresses written the way their region or country writes them (issue #8, probe10's residual misses):
an Alsatian or Moselle street in German, the number first (« 5 Mühlgasse »); an English line's town and
county after it (« 8 Station Road, Midleton, Co. Cork »: the county, as large as a département, stays
visible, the Eircode after it is found); a Portuguese code after the street when the
town came before (« Braga, Rua do Souto 41, 4700-329. »); a house in French Polynesia by its kilometre
point (« PK 7,2 côté montagne »). Traps: the same words in prose or pharmacology."""

from __future__ import annotations

import pytest

from tests.detect.places.support import find_places


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.label.value, text[f.start : f.end]) for f in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Visite à domicile, 5 Mühlgasse, 67140 Barr : patiente seule.",
            [("ADRESSE", "5 Mühlgasse"), ("CODE_POSTAL", "67140"), ("VILLE", "Barr")],
        ),
        ("adresse : 17 Schulgass, 68000 Colmar", [("ADRESSE", "17 Schulgass"), ("CODE_POSTAL", "68000"), ("VILLE", "Colmar")]),
        (
            "Please write to us at 8 Station Road, Midleton, Co. Cork. Thank you.",
            [("ADRESSE", "8 Station Road"), ("VILLE", "Midleton")],
        ),
        (
            "GP: Dr Brennan, 12 Main Street, Midleton, Co. Cork, P25 X2K4.",
            [("ADRESSE", "12 Main Street"), ("VILLE", "Midleton"), ("CODE_POSTAL", "P25 X2K4")],
        ),
        (
            "Address: 14 Glenville Road, Ballincollig, County Cork",
            [("ADRESSE", "14 Glenville Road"), ("VILLE", "Ballincollig")],
        ),
        ("They moved to 31 Church Street, Tralee, last year.", [("ADRESSE", "31 Church Street"), ("VILLE", "Tralee")]),
        ("Moramos em Braga, Rua do Souto 41, 4700-329. Obrigado.", [("VILLE", "Braga"), ("ADRESSE", "Rua do Souto 41"), ("CODE_POSTAL", "4700-329")]),
        ("retour au fare familial, PK 7,2 côté montagne, 98711 Paea.", [("ADRESSE", "PK 7,2 côté montagne"), ("CODE_POSTAL", "98711"), ("VILLE", "Paea")]),
        ("Domicile : PK 22, 98716 Pirae", [("ADRESSE", "PK 22"), ("CODE_POSTAL", "98716"), ("VILLE", "Pirae")]),
        # a German town named by its river or region (probe5's residual misses)
        ("wohnhaft Kaiserstraße 8, 60311 Frankfurt am Main.", [("ADRESSE", "Kaiserstraße 8"), ("CODE_POSTAL", "60311"), ("VILLE", "Frankfurt am Main")]),
        ("Adresse : Marktgasse 3, 06108 Halle an der Saale", [("ADRESSE", "Marktgasse 3"), ("CODE_POSTAL", "06108"), ("VILLE", "Halle an der Saale")]),
    ],
)  # fmt: skip
def test_addresses_of_regions_and_abroad(text: str, expected: list[tuple[str, str]]) -> None:
    assert [v for v in _found(text) if v[0] in ("ADRESSE", "CODE_POSTAL", "VILLE")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "prélèvement PK 12 h après la dose, PK 2 côté pharmacie",
        "courbe PK/PD, PK 4,5 mg/L",
        "patient suivi 3 ans, 5 gasses de sang artériel",
        "the trial enrolled 12 patients in the Road Safety study, Dublin",
    ],
)
def test_pharmacology_and_prose_stay_clear(text: str) -> None:
    assert [v for v in _found(text) if v[0] == "ADRESSE"] == []
