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
