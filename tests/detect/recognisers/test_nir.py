"""NIR / INS: keys, Corsica, spacing, typos, and what is not a NIR."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import nir as nir_module
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept, nir, spaced_nir, values

R = nir_module.build()

VALID = [
    nir(),
    nir(sex=2, year=54, month=3, dept="69", commune=123, order=456),
    nir(sex=1, year=2, month=12, dept="2A", commune=4, order=1),
    nir(sex=2, year=99, month=1, dept="2B", commune=33, order=999),
    nir(sex=1, year=70, month=6, dept="97", commune=411, order=12),  # overseas: 97 + 3-digit commune
    nir(sex=2, year=80, month=20, dept="99", commune=352, order=5),  # born abroad, unknown month
    nir(sex=7, year=91, month=4, dept="13", commune=55, order=321),  # temporary number
]


@pytest.mark.parametrize("value", VALID)
@pytest.mark.parametrize("form", ["compact", "spaced", "dotted", "dashed", "key-apart", "double-spaced"])
def test_valid_nirs_are_found_in_every_written_form(value: str, form: str) -> None:
    written = {
        "compact": value,
        "spaced": spaced_nir(value),
        "dotted": spaced_nir(value, "."),
        "dashed": spaced_nir(value, "-"),
        "key-apart": value[:13] + " " + value[13:],
        "double-spaced": spaced_nir(value, "  "),
    }[form]
    text = f"Patiente assurée, {written}, vue ce jour."
    found = kept(R, text)
    assert values(R, text) == [written]
    assert found[0].score >= 0.9


def test_a_sentence_may_end_on_a_nir_and_the_next_start_with_a_digit() -> None:
    written = spaced_nir(nir())
    assert values(R, f"NIR {written}. 2 comprimés le soir.") == [written]
    assert values(R, f"NIR {written}, 3 enfants.") == [written]


def test_the_key_is_the_documented_one() -> None:
    # 97 − (1850578006084 mod 97) = 91; for Corsica 2A counts as 19 in the key.
    assert nir() == "185057800608491"
    assert nir(dept="2A")[-2:] == f"{97 - 1850519006084 % 97:02d}"


@pytest.mark.parametrize("value", VALID[:4])
def test_a_wrong_key_does_not_let_a_nir_through(value: str) -> None:
    typo = value[:13] + f"{(int(value[13:]) % 97) + 1:02d}"
    text = f"Assurée {spaced_nir(typo)} vue ce jour."
    found = kept(R, text)
    assert [text[f.start : f.end] for f in found] == [spaced_nir(typo)]
    assert found[0].score < 0.9  # found on its structure, not on its key


def test_a_typo_in_the_month_still_counts_after_a_context_word() -> None:
    broken = "1 85 15 78 006 084 91"  # month 15 does not exist, key wrong
    assert values(R, f"Référence {broken} du dossier") == []
    assert values(R, f"N° sécurité sociale : {broken}") == [broken]


def test_a_nir_without_its_key_needs_a_context_word() -> None:
    body = spaced_nir(nir())[:-3]  # « 1 85 05 78 006 084 »
    assert values(R, f"Référence {body} du lot") == []
    assert values(R, f"N° SS : {body}") == [body]
    assert values(R, f"N° SS : {body} clé 91") == [f"{body} clé 91"]  # the key written apart goes with it
    assert values(R, f"Sécu {body[:-1]}5") == [body[:-1] + "5"]  # typo: still the structure of a NIR
    assert values(R, "Sécu 1 85 15 78 006 084") == []  # month 15: not a NIR body


@pytest.mark.parametrize("apart", [" / 91", " - 91", " | 91", " (clé 91)", " clé : 91", "  /  91", " – 91"])
def test_the_key_written_apart_is_masked_with_the_number(apart: str) -> None:
    body = spaced_nir(nir())[:-3]
    text = f"N° SS : {body}{apart}, à jour."
    assert values(R, text) == [f"{body}{apart}".strip(" ,")]
    assert kept(R, text)[0].score >= 0.9  # the key apart is checked like a key


def test_a_wrong_key_written_apart_still_goes_with_the_number() -> None:
    body = spaced_nir(nir())[:-3]
    assert values(R, f"Assurée {body} / 12 vue ce jour") == [f"{body} / 12"]


def test_the_key_raises_confidence_over_structure_alone() -> None:
    good = kept(R, f"Référence {spaced_nir(nir())}")[0]
    typo = kept(R, f"Référence {spaced_nir(nir()[:-1] + '2')}")[0]
    assert good.score > typo.score >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Numéro de lot 123456789012345 sur la boîte.",  # sex digit ok but month 45
        "Code-barres 5012345678901234",  # 16 digits
        "Tél 01 23 45 67 89 06 12 34 56 78",  # two phones, 20 digits
        "Glycémie 1,85 g/L le 05/03, 78 ans, 006 084 91",
        "Compteur 000000000000000",
        "Hb 12,3 g/dL, CRP 45 mg/L, TA 12/8, plaquettes 250 G/L.",
        "Dossier 1.85.05.78.006.084.91.3",  # continues into a longer dotted number
    ],
)
def test_clinical_and_other_numbers_are_not_nirs(text: str) -> None:
    assert values(R, text) == []


def test_inline_clinical_sentences() -> None:
    for marked in [
        f"Mme X, NIR <NIR>{spaced_nir(nir(sex=2))}</NIR>, hospitalisée le 3 mars.",
        f"INS : <NIR>{nir(sex=1, dept='2B')}</NIR> (qualifiée)",
        f"Carte vitale n° <NIR>{spaced_nir(nir(), '.')}</NIR>.",
    ]:
        assert_finds(kept(R, parse_inline(marked)[0]), marked)
