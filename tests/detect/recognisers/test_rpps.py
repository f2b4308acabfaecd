"""RPPS: 11 digits, Luhn key; the label raises the score."""

from __future__ import annotations

import random

import pytest

from egide.detect.recognisers.fr import rpps as rpps_module
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept, luhn_broken, rpps, values

R = rpps_module.build()
RNG = random.Random(11)
VALID = [rpps(RNG) for _ in range(20)]


@pytest.mark.parametrize("value", VALID)
def test_valid_rpps_are_found_without_a_label(value: str) -> None:
    assert values(R, f"Prescripteur Dr X ({value}).") == [value]


@pytest.mark.parametrize("value", VALID[:5])
def test_a_wrong_key_needs_the_label(value: str) -> None:
    typo = luhn_broken(value)
    assert values(R, f"Référence {typo}.") == []
    assert values(R, f"N° RPPS : {typo}.") == [typo]


def test_the_label_raises_the_score() -> None:
    value = VALID[0]
    bare = kept(R, f"Dr X {value}")[0].score
    labelled = kept(R, f"Dr X, RPPS {value}")[0].score
    assert labelled > bare


def test_spaced_rpps_and_inline_sentences() -> None:
    value = VALID[1]
    spaced = f"{value[:1]} {value[1:3]} {value[3:6]} {value[6:9]} {value[9:]}"
    for marked in [
        f"Ordonnance du Dr Y, RPPS <RPPS>{value}</RPPS>, le 3 mars.",
        f"IdNat : <RPPS>{spaced}</RPPS>",
    ]:
        assert_finds(kept(R, parse_inline(marked)[0]), marked)


def test_the_national_identifier_is_eight_then_the_rpps() -> None:
    idnat = "8" + VALID[2]
    assert values(R, f"Carte CPS {idnat}") == [idnat]
    assert values(R, f"Carte CPS 8{VALID[2][:-1]}{(int(VALID[2][-1]) + 1) % 10}") == []


@pytest.mark.parametrize(
    "text", ["Numéro 12345678901 de lot.", "Compteur 00000000000", "Tél 01 23 45 67 89 1"]
)
def test_eleven_digits_without_key_nor_label_are_not_rpps(text: str) -> None:
    assert kept(R, text) == []
