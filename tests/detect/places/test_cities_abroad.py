"""Cities abroad where a person lives, goes or comes from (issue #8, probe8): « part chez sa sœur à
Ziguinchor », « rapatriement vers Hong Kong », « (frère …, à Conakry) », « a vécu à Kayes puis à
Dakar », written with letters beyond Latin-1 (« Łódź », « Chișinău », « İzmir », « Đà Nẵng »); a French
commune after « depuis » (« en route depuis Ustaritz »). Traps: a city abroad in a paper's title,
where nobody is said to be (« paludisme observé à Dakar », the QUAERO MEDLINE titles), a month after
« depuis », a name after a title."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Elle part chez sa sœur à Ziguinchor pour trois mois.", ["Ziguinchor"]),
        ("Famille (frère : Ousmane Camara, +224 622 41 08 77, à Conakry) informée.", ["Conakry"]),
        ("Rapatriement vers Hong Kong organisé par la famille.", ["Hong Kong"]),
        ("Parents originaires d'un village près de Sivas.", ["Sivas"]),
        ("Né à Bamako, a vécu à Kayes puis à Dakar.", ["Bamako", "Kayes", "Dakar"]),
        ("Née à Łódź, sa sœur vit à Chișinău.", ["Łódź", "Chișinău"]),
        ("Originaire d'İzmir, son fils vit à Đà Nẵng.", ["İzmir", "Đà Nẵng"]),
        ("Mère en route depuis Ustaritz.", ["Ustaritz"]),
        ("Lieu de naissance : Tunis (Tunisie) ; domicilié à Rabat.", ["Tunis", "Rabat"]),
    ],
)
def test_a_city_abroad_where_someone_is(text: str, cities: list[str]) -> None:
    assert values(text, "VILLE") == cities


@pytest.mark.parametrize(
    "text",
    [
        "Accès palustre à Plasmodium falciparum observé à Dakar (Sénégal).",
        "La mortalité au Québec de 1967 à 1980.",
        "Au 39e ICAAC (San Francisco, septembre 1999).",
        "La pharmacie ottomane à Istanbul.",
        "Angine depuis Mars, toux depuis Juin.",
        "Avis du Dr Dakar et de Mme Rabat.",
    ],
)
def test_no_city_abroad_where_nobody_is(text: str) -> None:
    assert values(text, "VILLE") == []
