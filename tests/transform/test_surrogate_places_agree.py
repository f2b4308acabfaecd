"""A postcode and its city become a real pair of the pool, the same one everywhere in the scope (synthetic)."""

from __future__ import annotations

import re

import pytest

from egide.transform import pools
from egide.transform.pseudonymiser import _partners
from tests.transform.conftest import marked, pseudo

SCOPES = [f"conversation-{i}" for i in range(12)]
PAIRS = set(pools.communes())


def _pairs_in(text: str) -> list[tuple[str, str]]:
    """The pool communes named in ``text`` (any case), each with the postcode written next to it."""
    out = []
    for _code, name in pools.communes():
        for m in re.finditer(re.escape(name), text, re.IGNORECASE):
            near = re.findall(r"(?<!\d)\d{5}(?!\d)", text[max(0, m.start() - 24) : m.end() + 9])
            out.append((near[0] if len(near) == 1 else "", name))
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "Domiciliée <CODE_POSTAL>76000</CODE_POSTAL> <VILLE>Rouen</VILLE>, adressée par son médecin.",
        "Née à <VILLE>Rouen</VILLE> (<CODE_POSTAL>76000</CODE_POSTAL>), vit seule.",
        "Adresse : <ADRESSE>12 rue des Lilas, 76000 Rouen</ADRESSE>.",
        "Vit à <CODE_POSTAL>76100</CODE_POSTAL> <VILLE>ROUEN</VILLE> depuis 2010.",
        "CP : <CODE_POSTAL>76000</CODE_POSTAL> – Ville : <VILLE>Rouen</VILLE>\nMédecin traitant : Dr X.",
    ],
)
@pytest.mark.parametrize("scope", SCOPES)
def test_postcode_and_city_are_a_pair_of_the_pool(sentence: str, scope: str) -> None:
    text, findings = marked(sentence)
    p = pseudo("surrogate", scope)
    out = p.apply(text, findings)
    found = _pairs_in(out)
    assert len(found) == 1, out
    assert found[0] in PAIRS, out
    assert p.restore(out) == text


@pytest.mark.parametrize("scope", SCOPES)
def test_the_same_city_keeps_its_commune_across_turns_and_forms(scope: str) -> None:
    p = pseudo("surrogate", scope)
    turns = [
        "Patiente de <VILLE>Rouen</VILLE>, suivie en ville.",
        "Domicile : <CODE_POSTAL>76000</CODE_POSTAL> <VILLE>Rouen</VILLE>.",
        "Adresse : <ADRESSE>3 impasse du Moulin, 76000 ROUEN</ADRESSE>.",
        "Code postal <CODE_POSTAL>76000</CODE_POSTAL> confirmé, retour à <VILLE>Rouen</VILLE>.",
    ]
    outs = []
    for turn in turns:
        text, findings = marked(turn)
        outs.append(p.apply(text, findings))
        assert p.restore(outs[-1]) == text
    city = p.mapping.get("VILLE", "Rouen")
    code = p.mapping.get("CODE_POSTAL", "76000")
    assert city is not None and code is not None
    assert pools.commune_named(city.replacement) == (code.replacement, city.replacement)
    assert f"{code.replacement} {city.replacement}" in outs[1]
    assert f"{code.replacement} {city.replacement.upper()}" in outs[2]
    assert city.replacement in outs[0] and city.replacement in outs[3] and code.replacement in outs[3]


@pytest.mark.parametrize("scope", SCOPES)
def test_a_postcode_met_first_gives_its_commune_to_the_city(scope: str) -> None:
    p = pseudo("surrogate", scope)
    text, findings = marked("Secteur <CODE_POSTAL>76000</CODE_POSTAL>.")
    p.apply(text, findings)
    code = p.mapping.get("CODE_POSTAL", "76000")
    assert code is not None
    text, findings = marked("Vit à <VILLE>Rouen</VILLE> (<CODE_POSTAL>76000</CODE_POSTAL>).")
    out = p.apply(text, findings)
    assert _pairs_in(out) == [pools.commune_coded(code.replacement)], out


@pytest.mark.parametrize("scope", SCOPES)
def test_two_cities_two_pairs_and_no_pairing_across_words(scope: str) -> None:
    # Traps: a postcode and a city that are not written together pair with nothing; two cities of
    # one text never share a commune.
    text, findings = marked(
        "Née à <VILLE>Rouen</VILLE> (<CODE_POSTAL>76000</CODE_POSTAL>), domiciliée "
        "<CODE_POSTAL>27000</CODE_POSTAL> <VILLE>Évreux</VILLE> ; code <CODE_POSTAL>14000</CODE_POSTAL> "
        "noté par erreur pour la ville de <VILLE>Dieppe</VILLE>."
    )
    p = pseudo("surrogate", scope)
    out = p.apply(text, findings)
    towns = [p.mapping.get("VILLE", t) for t in ("Rouen", "Évreux", "Dieppe")]
    codes = [p.mapping.get("CODE_POSTAL", c) for c in ("76000", "27000", "14000")]
    assert all(e is not None for e in towns + codes)
    assert len({e.replacement for e in towns if e is not None}) == 3
    for town, code in zip(towns[:2], codes[:2], strict=True):
        assert town is not None and code is not None
        assert (code.replacement, town.replacement) in PAIRS, out
    assert p.restore(out) == text


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("<CODE_POSTAL>76000</CODE_POSTAL> <VILLE>Rouen</VILLE>", ["Rouen", "76000"]),
        ("CP : <CODE_POSTAL>76000</CODE_POSTAL> – Ville : <VILLE>Rouen</VILLE>", ["Rouen", "76000"]),
        # traps: another line, a number between them, a city between them, two postcodes
        ("Domicile : <CODE_POSTAL>76000</CODE_POSTAL>\nNée à <VILLE>Brest</VILLE>", ["", ""]),
        ("Code <CODE_POSTAL>27000</CODE_POSTAL>, 3 séjours, <VILLE>Caen</VILLE>", ["", ""]),
        (
            "<VILLE>Caen</VILLE> et <VILLE>Rouen</VILLE> <CODE_POSTAL>76000</CODE_POSTAL>",
            ["", "76000", "Rouen"],
        ),
        ("<CODE_POSTAL>14000</CODE_POSTAL> ou <CODE_POSTAL>76000</CODE_POSTAL>", ["", ""]),
        (
            "<CODE_POSTAL>76000</CODE_POSTAL> <VILLE>Rouen</VILLE>, <CODE_POSTAL>14000</CODE_POSTAL> <VILLE>Caen</VILLE>",
            ["Rouen", "76000", "Caen", "14000"],
        ),
    ],
)
def test_which_findings_pair(sentence: str, pairs: list[str]) -> None:
    text, findings = marked(sentence)
    assert _partners(text, findings) == pairs


@pytest.mark.parametrize("scope", SCOPES)
def test_two_addresses_in_a_row_give_two_pairs(scope: str) -> None:
    p = pseudo("surrogate", scope)
    text, findings = marked(
        "Anciennes adresses : <CODE_POSTAL>76000</CODE_POSTAL> <VILLE>Rouen</VILLE>, "
        "<CODE_POSTAL>14000</CODE_POSTAL> <VILLE>Caen</VILLE>."
    )
    out = p.apply(text, findings)
    for code, town in (("76000", "Rouen"), ("14000", "Caen")):
        c, t = p.mapping.get("CODE_POSTAL", code), p.mapping.get("VILLE", town)
        assert c is not None and t is not None and (c.replacement, t.replacement) in PAIRS, out
    assert p.restore(out) == text
