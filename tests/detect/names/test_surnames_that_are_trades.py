"""A surname that is also a trade is spread to its other occurrences with its capital only (issue 8,
probe16's over-masking: « M. Boulanger (oui c'est son nom, il est boulanger rue Marchand) »): the trade in
lower case stays, as « urine claire » does for « Mme Claire ». The name itself is still found everywhere
it is written as a name."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("M. Boulanger (c'est son nom, il est boulanger rue Marchand)", "boulanger"),
        ("Mme Charpentier revue ce jour, son mari est charpentier", "charpentier"),
        ("M. Boucher, 70 ans ; ancien boucher, retraité", "boucher"),
    ],
)
def test_the_trade_in_lower_case_stays(text: str, trade: str) -> None:
    at = text.index(trade, text.index(trade.capitalize()) + 1)
    assert not any(f.start <= at < f.end for f in engine().detect(text))


def test_the_surname_is_still_spread_with_its_capital() -> None:
    text = "M. Boulanger vu ce jour.\nAppel de Boulanger à 14 h."
    found = [text[f.start : f.end] for f in engine().detect(text)]
    assert found.count("Boulanger") == 2
