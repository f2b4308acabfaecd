"""Bank cards: 13-19 digits, Luhn, grouped by four (or 4-6-5)."""

from __future__ import annotations

import random

import pytest

from egide.detect.recognisers.fr import bank_card
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import card, grouped, kept, luhn_broken, values

R = bank_card.build()
RNG = random.Random(4)
CARDS = [
    card(RNG, "4"),
    card(RNG, "51"),
    card(RNG, "22"),
    card(RNG, "6"),
    card(RNG, "4", 19),
    card(RNG, "4", 13),
]


@pytest.mark.parametrize("value", CARDS)
@pytest.mark.parametrize("sep", [" ", "-", ""])
def test_valid_cards_are_found(value: str, sep: str) -> None:
    written = grouped(value, 4, sep)
    assert values(R, f"Réglé par {written} le 3 mars.") == [written]


def test_twelve_digit_maestro_cards() -> None:
    value = card(RNG, "67", 12)
    assert values(R, f"Réglé par {value}.") == [value]
    assert values(R, f"Réglé par {grouped(value)}.") == [grouped(value)]
    visa12 = card(RNG, "4", 12)
    assert values(R, f"Réglé par {visa12}.") == []  # twelve digits are only Maestro


def test_american_express_grouping() -> None:
    value = card(RNG, "37", 15)
    written = f"{value[:4]} {value[4:10]} {value[10:]}"
    assert values(R, f"Réglé par {written}.") == [written]


def test_a_wrong_key_needs_a_context_word() -> None:
    typo = grouped(luhn_broken(CARDS[0]))
    assert values(R, f"Code {typo}") == []
    assert values(R, f"Carte bancaire {typo}") == [typo]


def test_inline_and_negatives() -> None:
    marked = f"Paiement CB <CARTE_BANCAIRE>{grouped(CARDS[1])}</CARTE_BANCAIRE> accepté."
    assert_finds(kept(R, parse_inline(marked)[0]), marked)
    for text in ["Code-barres 1234 5678 9012 3456", "Plaquettes 250 000 /mm3, leucocytes 12 000 /mm3."]:
        assert kept(R, text) == []
