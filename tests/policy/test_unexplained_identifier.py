"""A long number nothing explains (IDENTIFIANT) is a direct identifier for the policy: a public tool
refuses it, a trusted class pseudonymises it, and the message names its category, never its value."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.errors import PolicyBlocked
from egide.policy import Action, PolicyConfig, decide


def test_a_public_tool_refuses_an_unexplained_number() -> None:
    with pytest.raises(PolicyBlocked) as caught:
        decide("public", {"IDENTIFIANT": 1}, [], PolicyConfig(), tool_name="ChatGrand")
    assert "identifiant non reconnu (IDENTIFIANT)" in caught.value.message


def test_a_trusted_class_pseudonymises_it() -> None:
    assert decide("contracted", {"IDENTIFIANT": 2}, [], PolicyConfig()).action is Action.PSEUDONYMISE


def test_a_prompt_with_an_unlabelled_number_is_refused_and_its_value_never_quoted() -> None:
    text = "Peux-tu résumer le dossier 80012345 ? Merci."
    found = Detector().detect(text)
    counts: dict[str, int] = {}
    for finding in found:
        counts[finding.label] = counts.get(finding.label, 0) + 1
    with pytest.raises(PolicyBlocked) as caught:
        decide("public", counts, [], PolicyConfig())
    assert "80012345" not in caught.value.message
