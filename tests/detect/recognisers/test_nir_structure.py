"""NIRs with a wrong key read from their structure (INSEE rules), and a NIR that happens to pass
Luhn is not taken for a bank card. All values are synthetic."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label
from egide.detect.recognisers.fr import bank_card
from egide.detect.recognisers.fr import nir as nir_module
from tests.detect.recognisers.support import card, kept, nir, spaced_nir

NIR = nir_module.build()
CARD = bank_card.build()
ENGINE = Detector()


def _wrong_key(value: str) -> str:
    return value[:13] + f"{int(value[13:]) % 97 + 1:02d}"


@pytest.mark.parametrize(
    "value",
    [
        nir(sex=2, year=80, month=30, dept="99", commune=352, order=5),  # month 20-42: unknown month
        nir(sex=1, year=62, month=55, dept="64", commune=445, order=120),  # month 50-99
        nir(sex=3, year=44, month=2, dept="75", commune=101, order=7),  # legacy sex 3
        nir(sex=4, year=47, month=11, dept="20", commune=4, order=77),  # sex 4, old Corsica 20
        nir(sex=8, year=91, month=4, dept="97", commune=411, order=321),  # temporary, overseas
        nir(sex=1, year=85, month=5, dept="98", commune=1, order=12),  # Monaco
    ],
)
def test_a_wrong_key_with_an_insee_structure_is_still_a_nir(value: str) -> None:
    typo = _wrong_key(value)
    for written in (typo, spaced_nir(typo), spaced_nir(typo, ".")):
        text = f"Reçu : {written}."
        assert [(text[f.start : f.end], f.label) for f in kept(NIR, text)] == [(written, Label.NIR)]


@pytest.mark.parametrize(
    "value",
    [
        "185157800608412",  # month 15
        "185457800608412",  # month 45
        "185050000608412",  # département 00
        "585057800608412",  # sex 5
    ],
)
def test_a_wrong_key_without_the_structure_needs_a_context_word(value: str) -> None:
    assert kept(NIR, f"Reçu : {value}.") == []


def test_a_nir_that_passes_luhn_is_a_nir_not_a_card() -> None:
    # Find a wrong-key NIR whose 15 digits happen to pass Luhn (one in ten does).
    # Sex 2: the card pattern reads numbers that start with 2 to 6.
    right = nir(sex=2, year=71, month=10, dept="69", commune=123, order=456)
    base = right[:13]
    typo = next(base + f"{k:02d}" for k in range(1, 98) if _luhn(base + f"{k:02d}") and k != int(right[13:]))
    text = f"Reçu : {typo}."
    assert [(text[f.start : f.end], f.label) for f in ENGINE.detect(text)] == [(typo, Label.NIR)]
    assert kept(CARD, text) == []
    with_cue = f"Carte bancaire {typo}"
    assert [with_cue[f.start : f.end] for f in kept(CARD, with_cue)] == [typo]


def test_real_card_lengths_are_untouched() -> None:
    import random

    rng = random.Random(8)
    amex = card(rng, prefix="37", length=15)
    visa = card(rng, prefix="4", length=16)
    for value in (amex, visa):
        text = f"Paiement {value}"
        assert [text[f.start : f.end] for f in kept(CARD, text)] == [value]


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0
