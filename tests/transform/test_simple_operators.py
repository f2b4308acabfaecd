"""Mask and redact: one-way, nothing to restore, counts only."""

from __future__ import annotations

import pytest

from egide.transform import Mask, Pseudonymiser, Redact
from tests.transform.conftest import SECRET, marked, pseudo

NOTE = (
    "Mme <NOM>Jeanne DUPONT</NOM>, tél <TELEPHONE>06 12 34 56 78</TELEPHONE>, vue le <DATE>03/02/2019</DATE>."
)


def test_mask_keeps_length_and_separators() -> None:
    text, findings = marked(NOTE)
    out = pseudo("mask").apply(text, findings)
    assert out == "Mme ****** ******, tél ** ** ** ** **, vue le **/**/****."
    assert len(out) == len(text)


def test_mask_with_another_character() -> None:
    text, findings = marked("IPP <IPP>80012345</IPP>")
    assert Pseudonymiser(Mask("#"), secret=SECRET, scope="s").apply(text, findings) == "IPP ########"


def test_redact_marks_the_place_or_removes() -> None:
    text, findings = marked(NOTE)
    assert pseudo("redact").apply(text, findings) == "Mme […], tél […], vue le […]."
    removed = Pseudonymiser(Redact(""), secret=SECRET, scope="s").apply(text, findings)
    assert removed == "Mme , tél , vue le ."


@pytest.mark.parametrize("operator", ["mask", "redact"])
def test_one_way_operators_restore_nothing(operator: str) -> None:
    text, findings = marked(NOTE)
    p = pseudo(operator)
    out = p.apply(text, findings)
    assert p.restore(out) == out
    assert p.restore("Jeanne DUPONT") == "Jeanne DUPONT"
    stream = p.stream_restorer()
    assert stream.feed(out[:7]) + stream.feed(out[7:]) + stream.flush() == out
    assert p.mapping.to_bytes().count(b"DUPONT") == 0  # one-way operators keep no values at all
    assert p.counts() == {"DATE": 1, "NOM": 1, "TELEPHONE": 1}


def test_unknown_operator_is_a_config_error() -> None:
    from egide.errors import ConfigError

    with pytest.raises(ConfigError):
        Pseudonymiser("scramble", secret=SECRET, scope="s")
