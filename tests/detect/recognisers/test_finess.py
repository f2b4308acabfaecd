"""FINESS: nine characters after their label, Luhn key, Corsica 2A/2B."""

from __future__ import annotations

import random

import pytest

from egide.detect.recognisers.fr import finess as finess_module
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import finess, kept, luhn_broken, values, with_luhn

R = finess_module.build()
RNG = random.Random(5)


@pytest.mark.parametrize("value", [finess(RNG, d) for d in ("75", "13", "69", "97", "01")])
def test_valid_finess_after_the_label_score_high(value: str) -> None:
    found = kept(R, f"Établissement FINESS {value}")
    assert [f.score for f in found] == [0.95]


def test_corsican_finess() -> None:
    value = "2A" + with_luhn("20" + "000123")[2:]
    assert values(R, f"FINESS : {value}") == [value]


def test_a_wrong_key_is_still_found_after_the_label_with_a_lower_score() -> None:
    typo = luhn_broken(finess(RNG))
    found = kept(R, f"n° FINESS géographique : {typo}")
    assert len(found) == 1 and 0.5 <= found[0].score < 0.95


def test_inline_and_negatives() -> None:
    value = finess(RNG)
    marked = (
        f"CHU, FINESS juridique <FINESS>{value[:3]} {value[3:6]} {value[6:]}</FINESS>, service de médecine."
    )
    assert_finds(kept(R, parse_inline(marked)[0]), marked)
    assert kept(R, f"Lot {value} du fabricant") == []
