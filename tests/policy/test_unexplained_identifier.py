"""A long number nothing explains (IDENTIFIANT) is a direct identifier for the policy: a public tool
refuses it on its own, a trusted class pseudonymises it, and the message names its category, never
its value."""

from __future__ import annotations

from egide.detect import Detector
from egide.policy import WEAK, Action, PolicyConfig, decide


def test_it_is_not_a_weak_quasi_identifier() -> None:
    assert "IDENTIFIANT" not in WEAK


def test_a_public_tool_refuses_an_unexplained_number_alone() -> None:
    decision = decide("public", {"IDENTIFIANT": 1}, [], PolicyConfig(), tool_name="ChatGrand")
    assert decision.blocked and decision.reason == "identifying_data"
    error = decision.error()
    assert error is not None and "identifiant non reconnu (IDENTIFIANT)" in error.message


def test_a_trusted_class_pseudonymises_it() -> None:
    assert decide("contracted", {"IDENTIFIANT": 2}, [], PolicyConfig()).action is Action.PSEUDONYMISE


def test_a_prompt_with_an_unlabelled_number_is_refused_and_its_value_never_quoted() -> None:
    text = "Peux-tu résumer le dossier 80012345 ? Merci."
    counts: dict[str, int] = {}
    for finding in Detector().detect(text):
        counts[finding.label] = counts.get(finding.label, 0) + 1
    decision = decide("public", counts, [], PolicyConfig())
    error = decision.error()
    assert decision.blocked and error is not None
    assert "80012345" not in error.message
