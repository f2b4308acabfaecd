"""Street lines as prompts typed into a chatbot give them (issue 8, probe16's family): a street named after
two people joined by « et » (« 42 rue Marius et Ary Leblond », « rue Pierre et Marie Curie »); a village
or a district told with its landmark, the way overseas and rural addresses are (« quartier Kawéni, case
près de la mosquée », « village Saramaca »); a hamlet named like another commune before the postcode
(« Le Bourg, 24420 Sorges »). Traps: « et » before a title or a first name alone, a kind of home
(« village Alzheimer », « Village Répit Familles »), a landmark in a clinical sentence."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Domicile : 42 rue Marius et Ary Leblond, 97460 Saint-Paul", "42 rue Marius et Ary Leblond"),
        ("12 rue Pierre et Marie Curie, 75005 Paris", "12 rue Pierre et Marie Curie"),
        ("vit 3 avenue Louis et Auguste Lumière à Vénissieux", "3 avenue Louis et Auguste Lumière"),
        (
            "19 ans, quartier Kawéni, case près de la mosquée. Tél.",
            "quartier Kawéni, case près de la mosquée",
        ),
        ("habite village Tonate, derrière l'école, à Macouria", "village Tonate, derrière l'école"),
        ("lotissement Les Manguiers, en face du stade", "lotissement Les Manguiers, en face du stade"),
        ("PINAS Ricardo\tM\t08/08/1998\tvillage Saramaca\nMotif", "village Saramaca"),
        ("née le 15 octobre 1935, Le Bourg, 24420 Sorges-et-Ligueux-en-Périgord", "Le Bourg"),
        ("M. Peyrat, Le Bourg, 19160 Neuvic", "Le Bourg"),
    ],
)
def test_the_street_line_is_found_whole(text: str, address: str) -> None:
    assert address in values(text, "ADRESSE")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("vit au 3 rue Foch et Mme Dupont s'en occupe", "3 rue Foch"),
        ("3 rue Foch et Jean son fils passe le soir", "3 rue Foch"),
        ("habite 5 avenue Jean Jaurès et travaille à Lyon", "5 avenue Jean Jaurès"),
    ],
)
def test_and_ends_the_street_before_the_sentence(text: str, address: str) -> None:
    assert values(text, "ADRESSE") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "séjour de répit au Village Répit Familles",
        "admis en village Alzheimer",
        "douleur près de la cicatrice, derrière l'oreille",
        "Saint-Malo, 35400 Saint-Malo",
    ],
)
def test_no_address_is_made_up(text: str) -> None:
    assert values(text, "ADRESSE") == []
