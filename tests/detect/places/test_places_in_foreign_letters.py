"""Places in letters written in English, Portuguese or German (issue 8, tenth probe batch): their own
prepositions (« in », « em », « from », « aus ») before a capitalised commune or a city abroad, and their
words for living or coming from a place before a city abroad (« vindo de Oiapoque »). Traps: Latin
phrases and titles of journals after « in »."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We live in Eymet, thank you for your help.", "Eymet"),
        ("her family doctor in Lagos will follow her", "Lagos"),
        ("Signed in Manchester, kind regards", "Manchester"),
        ("ele esteve internado em Tours no mês passado", "Tours"),
        ("minha mãe chegou ontem vindo de Oiapoque", "Oiapoque"),
        ("Herr Zimmermann, wohnhaft in Saarbrücken, wurde", "Saarbrücken"),
    ],
)
def test_the_place_is_found(text: str, expected: str) -> None:
    assert expected in values(text, "VILLE")


@pytest.mark.parametrize(
    "text",
    [
        "culture in vitro puis étude in vivo",
        "publié in Lancet en ligne",
        "article paru in Nature Medicine",
        "In Situ Hybridization kit",
    ],
)
def test_no_place_there(text: str) -> None:
    assert values(text, "VILLE") == []
