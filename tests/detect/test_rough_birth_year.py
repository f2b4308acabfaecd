"""A year of birth known roughly after a birth-date label (``dates/birth``; the family of probe22b's banner,
invented text): « ddn : ~1968 », « DDN : env. 1950 », « DDN ≈ 1947 ». What stays: a weight or a count
after the sign, a dose."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("AMAYOTA  Célestine   F   ddn: ~1968   ipp 97300412", "1968"),
        ("Patiente sans papiers, DDN : env. 1950, arrivée par pirogue.", "1950"),
        ("DDN ≈ 1947 (déclarative)\nMotif : chute", "1947"),
        ("date de naissance : vers 1959, ipp 40213", "1959"),
    ],
)
def test_rough_birth_year(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("poids de naissance : env. 2000 g, terme 38 SA", "2000"),
        ("naissance : ~ 12 mg de vitamine K", "12"),
        ("DDN : env. 12 mmol/l (sic)", "12"),
    ],
)
def test_other_rough_values_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
