"""A day of the Hijri calendar (issue 8, the tenth batch's translated letter: « décédé le 3 rabi' al-awwal »),
in the transliterations families and interpreters write. Traps: a month's name alone is a season (« pendant
le ramadan »), words that begin like a month. Every text is invented."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("notre mère, décédée le 14 rabi' al-thani (le 17 octobre)", ["14 rabi' al-thani", "17 octobre"]),
        ("né le 27 ramadan 1446 H à Tlemcen", ["27 ramadan 1446 H"]),
        ("mariage le 1er chawwal", ["1er chawwal"]),
        ("retour prévu le 12 dhou al-hijja", ["12 dhou al-hijja"]),
        ("circoncision le 9 muharram 1440", ["9 muharram 1440"]),
        ("15 joumada al-oula et 2 rabia el aouel", ["15 joumada al-oula", "2 rabia el aouel"]),
        ("le 20 chaabane, puis le 3 safar", ["20 chaabane", "3 safar"]),
    ],
)
def test_a_day_and_a_hijri_month(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "jeûne pendant le ramadan, adaptation de l'insuline",  # a season, no day
        "3 doses, 2 chambres, 5 safaris, 3 du mois dernier",
        "12 rajabs et 4 ramadanesques",  # words that only begin like a month
        "HbA1c 7,2 % : 2 chaussettes",
    ],
)
def test_no_hijri_date_there(text: str) -> None:
    assert values(text, "DATE") == []
