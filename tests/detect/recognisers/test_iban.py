"""IBAN: ISO 7064 mod-97 check; French shape with a wrong key only after « IBAN »/« RIB »."""

from __future__ import annotations

import random

import pytest

from egide.detect.recognisers.fr import iban as iban_module
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import french_iban, grouped, iban, kept, values

R = iban_module.build()
RNG = random.Random(9)


@pytest.mark.parametrize(
    "value",
    [french_iban(RNG), french_iban(RNG), iban("DE", "370400440532013000"), iban("BE", "539007547034")],
)
@pytest.mark.parametrize("spaced", [True, False])
def test_valid_ibans_are_found(value: str, spaced: bool) -> None:
    written = grouped(value) if spaced else value
    found = kept(R, f"Remboursement sur le compte bancaire {written}, merci.")
    assert [f"{f.score:.2f}" for f in found] == ["1.00"]  # valid key + « compte bancaire »
    assert values(R, f"Remboursement : {written}.") == [written]


def test_a_wrong_key_needs_a_context_word() -> None:
    value = french_iban(RNG)
    typo = value[:2] + f"{(int(value[2:4]) + 1) % 100:02d}" + value[4:]
    assert values(R, f"Code {grouped(typo)}") == []
    assert values(R, f"IBAN : {grouped(typo)}") == [grouped(typo)]


def test_inline_and_negatives() -> None:
    value = french_iban(RNG)
    marked = f"RIB joint, IBAN <IBAN>{grouped(value)}</IBAN> BIC AGRIFRPP."
    assert_finds(kept(R, parse_inline(marked)[0]), marked)
    assert kept(R, "Classification TNM T2N1M0, score ECOG 1, HER2 3+, BRCA1 muté.") == []
