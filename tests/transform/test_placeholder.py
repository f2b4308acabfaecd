"""Placeholders: numbered per label, consistent within a scope, restored however the model writes them."""

from __future__ import annotations

import pytest

from egide.transform import Pseudonymiser
from tests.transform.conftest import marked, pseudo, replace_one


def test_numbered_per_label_and_consistent_within_a_text() -> None:
    text, findings = marked(
        "<NOM>Jean DUPONT</NOM> (<DATE_NAISSANCE>03/02/1961</DATE_NAISSANCE>) vu par le Dr <NOM>Leroy</NOM>. "
        "<NOM>Jean DUPONT</NOM> revient le <DATE>12/03/2024</DATE>."
    )
    out = pseudo().apply(text, findings)
    assert out == ("<NOM_1> (<DATE_NAISSANCE_1>) vu par le Dr <NOM_2>. <NOM_1> revient le <DATE_1>.")


def test_same_value_same_placeholder_across_texts_of_a_scope_case_and_spaces_ignored() -> None:
    p = pseudo()
    assert replace_one(p, "Jean DUPONT", "NOM") == "<NOM_1>"
    assert replace_one(p, "Claire Martin", "NOM") == "<NOM_2>"
    assert replace_one(p, "jean  dupont", "NOM") == "<NOM_1>"
    assert replace_one(p, "JEAN DUPONT", "NOM") == "<NOM_1>"
    assert p.counts() == {"NOM": 2}


def test_scopes_are_independent() -> None:
    a, b = pseudo(scope="a"), pseudo(scope="b")
    replace_one(a, "Jean DUPONT", "NOM")
    assert replace_one(b, "Claire Martin", "NOM") == "<NOM_1>"
    assert b.restore("<NOM_1>") == "Claire Martin"
    assert a.restore("<NOM_1>") == "Jean DUPONT"


@pytest.fixture()
def scope() -> Pseudonymiser:
    p = pseudo()
    text, findings = marked(
        "<NOM>Jean DUPONT</NOM>, <DATE_NAISSANCE>03/02/1961</DATE_NAISSANCE>, <NOM>Claire Martin</NOM>, "
        "<IPP>80012345</IPP>"
    )
    assert p.apply(text, findings) == "<NOM_1>, <DATE_NAISSANCE_1>, <NOM_2>, <IPP_1>"
    return p


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Bonjour <NOM_1>.", "Bonjour Jean DUPONT."),
        ("Bonjour <nom_1>.", "Bonjour Jean DUPONT."),
        ("Bonjour NOM_1.", "Bonjour Jean DUPONT."),
        ("Bonjour nom_1.", "Bonjour Jean DUPONT."),
        ("Bonjour < NOM_1 >.", "Bonjour Jean DUPONT."),
        ("Bonjour [NOM_1].", "Bonjour Jean DUPONT."),
        ("Bonjour {NOM_1}.", "Bonjour Jean DUPONT."),
        ("Bonjour (NOM_1).", "Bonjour Jean DUPONT."),
        ("Bonjour <NOM-1>.", "Bonjour Jean DUPONT."),
        ("Bonjour <NOM 1>.", "Bonjour Jean DUPONT."),
        ("Bonjour NOM 1.", "Bonjour Jean DUPONT."),
        ("Bonjour **<NOM_1>**.", "Bonjour **Jean DUPONT**."),
        ("Bonjour *NOM_1*, _<NOM_2>_", "Bonjour *Jean DUPONT*, _Claire Martin_"),
        ("Bonjour `<NOM_1>`", "Bonjour `Jean DUPONT`"),
        ("Bonjour \\<NOM\\_1\\>", "Bonjour Jean DUPONT"),
        ("Bonjour &lt;NOM_1&gt;", "Bonjour Jean DUPONT"),
        ("<NOM_1>'s file", "Jean DUPONT's file"),
        ("(<NOM_1>, <NOM_2>)", "(Jean DUPONT, Claire Martin)"),
        ("<NOM_2><NOM_1>", "Claire MartinJean DUPONT"),
        ("né le <DATE_NAISSANCE_1>", "né le 03/02/1961"),
        ("né le <date naissance 1>", "né le 03/02/1961"),
        ("né le DATE_NAISSANCE_1", "né le 03/02/1961"),
        ("IPP : IPP_1", "IPP : 80012345"),
        ("- NOM_1\n- NOM_2\n", "- Jean DUPONT\n- Claire Martin\n"),
    ],
)
def test_restore_forgives_what_models_do_to_placeholders(
    scope: Pseudonymiser, answer: str, expected: str
) -> None:
    assert scope.restore(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "<NOM_3> n'existe pas",  # unknown number
        "<NOM_12>",  # not <NOM_1> followed by a 2
        "NOM_10",
        "<PRENOM_1>",  # unknown label
        "le nom 1 de la liste",  # lower case without underscore: plain French
        "SURNOM_1",  # part of a longer word
    ],
)
def test_restore_leaves_what_is_not_a_replacement(scope: Pseudonymiser, answer: str) -> None:
    assert scope.restore(answer) == answer


def test_restore_on_text_without_replacements_is_the_identity(scope: Pseudonymiser) -> None:
    text = "La posologie de l'amoxicilline est de 1 g trois fois par jour, le 03/02/2024."
    assert scope.restore(text) == text


def test_one_person_one_number_parts_and_full_names() -> None:
    p = pseudo()
    text, findings = marked(
        "<NOM>Léa GAUTHIER</NOM> vue ce jour. <NOM>Gauthier</NOM> va bien ; <NOM>léa</NOM> rentre. "
        "Son frère <NOM>Marc GAUTHIER</NOM>, le Dr <NOM>Roux</NOM>."
    )
    out = p.apply(text, findings)
    # Léa GAUTHIER, Gauthier and Léa are one person; her brother another; the doctor a third.
    assert out == "<NOM_1> vue ce jour. <NOM_1> va bien ; <NOM_1> rentre. Son frère <NOM_2>, le Dr <NOM_3>."
    assert p.restore("Bonjour <NOM_1>.") == "Bonjour Léa GAUTHIER."
    # Now two names hold « Gauthier »: alone, it is ambiguous and gets a number of its own.
    later, found = marked("Rappeler <NOM>GAUTHIER</NOM> demain.")
    assert p.apply(later, found) == "Rappeler <NOM_1> demain."  # already numbered in this scope: kept
    other = pseudo()
    text, findings = marked(
        "<NOM>Léa GAUTHIER</NOM> et <NOM>Marc GAUTHIER</NOM> ; <NOM>Gauthier</NOM> appelle."
    )
    assert other.apply(text, findings) == "<NOM_1> et <NOM_2> ; <NOM_3> appelle."


def test_a_full_name_takes_the_number_of_its_part_seen_first() -> None:
    p = pseudo()
    text, findings = marked(
        "<NOM>Gauthier</NOM> a appelé. Puis <NOM>Léa GAUTHIER</NOM> est venue. <NOM>Dupont</NOM>."
    )
    assert p.apply(text, findings) == "<NOM_1> a appelé. Puis <NOM_1> est venue. <NOM_2>."
    assert p.restore("<NOM_1>") == "Gauthier"
    assert p.counts() == {"NOM": 3}  # three values seen; counts never merge what audit may compare
