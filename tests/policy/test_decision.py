"""The decision matrix: by class, by findings, unscannable content, and messages that never quote values.

``decide`` returns a decision — a block included, with its reason and message — and never raises.
"""

from __future__ import annotations

import pytest

from egide.errors import PolicyBlocked
from egide.policy import Action, PolicyConfig, blocked, decide


def test_nothing_found_is_allowed_for_every_class() -> None:
    config = PolicyConfig()
    for klass in ("public", "contracted", "hds", "on_premise"):
        decision = decide(klass, {}, [], config)
        assert decision.action is Action.ALLOW and decision.reason is None and not decision.blocked


@pytest.mark.parametrize(
    ("klass", "action"),
    [("contracted", Action.PSEUDONYMISE), ("hds", Action.PSEUDONYMISE), ("on_premise", Action.PSEUDONYMISE)],
)
def test_default_matrix_pseudonymises_trusted_classes(klass: str, action: Action) -> None:
    decision = decide(klass, {"NOM": 2, "NIR": 1}, [], PolicyConfig())
    assert decision.action is action
    assert decision.labels == ["NIR", "NOM"]
    assert decision.total == 3


def test_public_class_blocks_and_names_categories_in_french() -> None:
    decision = decide("public", {"NOM": 1, "NIR": 1, "DATE": 0}, [], PolicyConfig(), tool_name="ChatGrand")
    assert decision.blocked and decision.reason == "identifying_data"
    error = decision.error()
    assert isinstance(error, PolicyBlocked) and error.status_code == 403 and error.code == "identifying_data"
    message = error.message
    assert "identité (NOM)" in message and "identifiant national (NIR)" in message
    assert "DATE" not in message  # a zero count is not a finding
    assert "ChatGrand" in message and "refusée" in message


def test_public_class_lets_a_general_question_through_and_says_why() -> None:
    # « … en France en 2026 »: a year alone.
    decision = decide("public", {"DATE": 1}, [], PolicyConfig(), coarse={"DATE": 1})
    assert decision.action is Action.ALLOW and decision.reason == "weak_quasi_identifiers"
    assert decision.counts == {"DATE": 1}  # what was found is still counted for the audit trail


def test_weak_ones_together_block_with_a_message_that_says_so() -> None:
    decision = decide("public", {"AGE": 1, "DATE": 1, "ETABLISSEMENT": 1}, [], PolicyConfig())
    assert decision.blocked and decision.reason == "identifying_data"
    assert "âge (AGE)" in decision.message and "ensemble" in decision.message


def test_a_class_that_pseudonymises_masks_weak_ones_too() -> None:
    decision = decide("contracted", {"DATE": 1}, [], PolicyConfig(), coarse={"DATE": 1})
    assert decision.action is Action.PSEUDONYMISE and decision.counts == {"DATE": 1}


def test_the_threshold_comes_from_the_settings() -> None:
    strict = PolicyConfig(weak_threshold=1)
    assert decide("public", {"DATE": 1}, [], strict, coarse={"DATE": 1}).blocked
    with pytest.raises(ValueError):
        PolicyConfig(weak_threshold=0)


def test_establishment_may_allow_hds() -> None:
    config = PolicyConfig(matrix={"public": "block", "contracted": "pseudonymise", "hds": "allow"})
    assert decide("hds", {"NOM": 1}, [], config).action is Action.ALLOW
    # A class missing from the matrix fails closed.
    assert decide("on_premise", {"NOM": 1}, [], config).blocked


def test_unknown_class_in_config_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown confidentiality"):
        PolicyConfig(matrix={"cloud": "allow"})


def test_unscannable_content_refused_unless_the_class_allows_it() -> None:
    decision = decide("contracted", {}, ["image_url"], PolicyConfig())
    assert decision.blocked and decision.reason == "unscannable_content"
    assert "image" in decision.message
    config = PolicyConfig(unscannable={"on_premise": True})
    decision = decide("on_premise", {}, ["image_url", "input_audio"], config)
    assert decision.action is Action.ALLOW
    assert decision.unscannable == ("image_url", "input_audio")


def test_a_block_decided_elsewhere_carries_its_reason() -> None:
    decision = blocked("detection_failed", "la détection a échoué", {"NOM": 1})
    assert decision.blocked and decision.error().code == "detection_failed"
    assert decision.counts == {"NOM": 1}
