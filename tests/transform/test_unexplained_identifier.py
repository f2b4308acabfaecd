"""IDENTIFIANT (a long number nothing explains) through every operator: hidden, and restored where
the operator is reversible. Values are synthetic."""

from __future__ import annotations

import re

import pytest

from egide.detect.labels import Label
from tests.transform.conftest import pseudo, replace_one

VALUES = ["80012345", "2301AB123", "800 123 45 06", "31kt0045", "A-1234567"]


def _layout(value: str) -> str:
    return re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value)))


@pytest.mark.parametrize("value", VALUES)
def test_a_surrogate_keeps_the_shape_and_changes_every_character(value: str) -> None:
    p = pseudo("surrogate")
    out = replace_one(p, value, Label.IDENTIFIANT)
    assert _layout(out) == _layout(value)
    assert out != value
    assert p.restore(f"Le numéro {out} est noté.") == f"Le numéro {value} est noté."


@pytest.mark.parametrize("value", VALUES)
def test_a_placeholder_names_the_label_and_restores(value: str) -> None:
    p = pseudo("placeholder")
    out = replace_one(p, value, Label.IDENTIFIANT)
    assert out == "<IDENTIFIANT_1>"
    assert p.restore(out) == value


@pytest.mark.parametrize("value", VALUES)
def test_a_date_shift_leaves_no_value_behind(value: str) -> None:
    # Only dates move; anything else gets a placeholder, restored as the original.
    p = pseudo("date_shift")
    out = replace_one(p, value, Label.IDENTIFIANT)
    assert out == "<IDENTIFIANT_1>"
    assert p.restore(out) == value


@pytest.mark.parametrize("value", VALUES)
def test_mask_and_redact_hide_it(value: str) -> None:
    masked = replace_one(pseudo("mask"), value, Label.IDENTIFIANT)
    assert not any(c.isalnum() for c in masked) and len(masked) == len(value)
    assert replace_one(pseudo("redact"), value, Label.IDENTIFIANT) == "[…]"


def test_two_values_get_two_surrogates_and_the_same_value_the_same() -> None:
    p = pseudo("surrogate")
    first = replace_one(p, "80012345", Label.IDENTIFIANT)
    assert replace_one(p, "80012345", Label.IDENTIFIANT) == first
    assert replace_one(p, "80012346", Label.IDENTIFIANT) != first
