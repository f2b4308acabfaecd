"""The decision matrix: by class, by findings, unscannable content, and messages that never quote values."""

from __future__ import annotations

import pytest

from egide.errors import PolicyBlocked
from egide.policy import Action, PolicyConfig, decide


def test_nothing_found_is_allowed_for_every_class() -> None:
    config = PolicyConfig()
    for klass in ("public", "contracted", "hds", "on_premise"):
        assert decide(klass, {}, [], config).action is Action.ALLOW


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
    with pytest.raises(PolicyBlocked) as caught:
        decide("public", {"NOM": 1, "NIR": 1, "DATE": 0}, [], PolicyConfig(), tool_name="ChatGrand")
    message = caught.value.message
    assert caught.value.status_code == 403
    assert "identité (NOM)" in message and "identifiant national (NIR)" in message
    assert "DATE" not in message  # a zero count is not a finding
    assert "ChatGrand" in message and "refusée" in message


def test_establishment_may_allow_hds() -> None:
    config = PolicyConfig(matrix={"public": "block", "contracted": "pseudonymise", "hds": "allow"})
    assert decide("hds", {"NOM": 1}, [], config).action is Action.ALLOW
    # A class missing from the matrix fails closed.
    with pytest.raises(PolicyBlocked):
        decide("on_premise", {"NOM": 1}, [], config)


def test_unknown_class_in_config_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown confidentiality"):
        PolicyConfig(matrix={"cloud": "allow"})


def test_unscannable_content_refused_unless_the_class_allows_it() -> None:
    with pytest.raises(PolicyBlocked) as caught:
        decide("contracted", {}, ["image_url"], PolicyConfig())
    assert caught.value.code == "unscannable_content"
    assert "image" in caught.value.message
    config = PolicyConfig(unscannable={"on_premise": True})
    decision = decide("on_premise", {}, ["image_url", "input_audio"], config)
    assert decision.action is Action.ALLOW
    assert decision.unscannable == ("image_url", "input_audio")
