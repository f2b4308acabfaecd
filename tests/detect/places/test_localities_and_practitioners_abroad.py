"""A village or a district given with its commune's postcode and name in brackets (« à Kawéni (97600
Mamoudzou) »), and a city abroad in brackets after a practitioner (« Dr Rakoto (Antananarivo) »): places
of a person (issue #8, residual misses of probe4 and probe10). Traps: a common word before the bracket,
a city abroad in brackets after no person."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hébergée chez une cousine à Passamaïnty (97600 Mamoudzou) depuis mai", ["Passamaïnty", "Mamoudzou"]),
        ("retour au village à Trévarez (29520 Saint-Goazec) en fin de semaine", ["Trévarez", "Saint-Goazec"]),
        ("adressé par le Dr Ouedraogo (Ouagadougou) pour avis", ["Ouagadougou"]),
        ("courrier de la Pr Haddad (Beyrouth) joint au dossier", ["Beyrouth"]),
    ],
)  # fmt: skip
def test_the_place_is_found(text: str, expected: list[str]) -> None:
    assert values(text, "VILLE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("soins à Domicile (75013 Paris) assurés", ["Paris"]),
        ("cohorte multicentrique (Ouagadougou, Bamako) publiée en 2019", []),
    ],
)
def test_no_place_there(text: str, expected: list[str]) -> None:
    assert values(text, "VILLE") == expected
