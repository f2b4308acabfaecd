"""A place named by its kind: « village de Kawéni », « commune de Bouéni », « quartier de Cavani »,
« bourg de Plougastel » (villages and districts that are in no list of communes, overseas above all).
Traps: the kind followed by a common word."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vit dans le village de Tsingoni, chez sa tante", "Tsingoni"),
        ("originaire de la commune de Bandrélé", "Bandrélé"),
        ("habite le quartier de Cavani Sud", "Cavani Sud"),
        ("au bourg de Plouézec", "Plouézec"),
    ],
)
def test_a_place_named_by_its_kind(text: str, expected: str) -> None:
    assert values(text, "VILLE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "la commune de résidence est inconnue",
        "quartier de haute sécurité",
        "un village de vacances",
        "le bourg de la commune",
    ],
)
def test_the_kind_before_a_common_word(text: str) -> None:
    assert values(text, "VILLE") == []


# An island named as a place of birth or residence (issue #8, probe10's residual misses); the islands
# of anatomy stay in clear.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("née en 1931 sur l'île de Molène, veuve", "Molène"),
        ("la famille vit à l'île d'Arz depuis toujours", "Arz"),
        ("originaire des îles de Lérins", "Lérins"),
    ],
)
def test_an_island_is_a_place(text: str, expected: str) -> None:
    assert values(text, "VILLE") == [expected]


@pytest.mark.parametrize(
    "text",
    ["destruction des îles de Langerhans", "atteinte de l'île de Reil gauche", "une île de muqueuse saine"],
)
def test_islands_of_anatomy_are_no_place(text: str) -> None:
    assert values(text, "VILLE") == []
