"""SIRET (14 digits) and SIREN (9), Luhn key, La Poste's exception; both labelled SIRET."""

from __future__ import annotations

import random

import pytest

from egide.detect.recognisers.fr import siret as siret_module
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import grouped, kept, luhn_broken, siren, siret, values

R = siret_module.build()
RNG = random.Random(3)
SIRETS = [siret(RNG) for _ in range(10)]


@pytest.mark.parametrize("value", SIRETS)
def test_valid_sirets_are_found_alone(value: str) -> None:
    written = f"{value[:3]} {value[3:6]} {value[6:9]} {value[9:]}"
    assert values(R, f"Cabinet infirmier {written}.") == [written]
    assert values(R, f"Cabinet infirmier {value}.") == [value]


def test_la_poste_sirets_use_the_digit_sum() -> None:
    value = "35600000000051"  # digit sum 20: valid for La Poste, and not a Luhn number
    assert values(R, f"Agence {value}") == [value]


def test_siren_needs_a_context_word() -> None:
    value = siren(RNG)
    assert values(R, f"Référence {value}") == []
    assert values(R, f"SIREN {value}") == [value]


def test_a_wrong_key_needs_a_context_word() -> None:
    typo = luhn_broken(SIRETS[0])
    assert values(R, f"Code {typo}") == []
    assert values(R, f"SIRET : {typo}") == [typo]


def test_inline() -> None:
    value = SIRETS[1]
    marked = f"Ambulances du Parc, SIRET <SIRET>{grouped(value, 3)}</SIRET>, ont assuré le transport."
    # grouped by 3 gives 3-3-3-3-2, still one 14-digit number
    assert_finds(kept(R, parse_inline(marked)[0]), marked)
