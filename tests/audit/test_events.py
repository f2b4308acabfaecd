"""Typed events: registration of kinds and the guard that keeps text out of the trail."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

import pytest
from pydantic import Field, ValidationError

from egide.audit import MAX_STRING_LENGTH, AuditEvent, event_class
from tests.audit.events import SampleRequest


def test_defining_an_event_registers_its_kind() -> None:
    assert event_class("test.request") is SampleRequest
    assert event_class("audit.purged") is not None
    assert event_class("nothing.here") is None


def test_a_kind_cannot_be_declared_twice() -> None:
    with pytest.raises(TypeError, match="already declared"):

        class Impostor(AuditEvent):
            kind: ClassVar[str] = "test.request"


def test_abstract_bases_without_a_kind_are_not_registered() -> None:
    class GatewayEvent(AuditEvent):
        request_bytes: int = 0

    class Answered(GatewayEvent):
        kind: ClassVar[str] = "test.answered"

    assert event_class("test.answered") is Answered
    assert GatewayEvent not in {event_class(k) for k in ("test.answered", "test.request")}


def test_events_are_frozen_and_refuse_unknown_fields() -> None:
    event = SampleRequest(tool_id=1)
    with pytest.raises(ValidationError):
        event.tool_id = 2  # type: ignore[misc]
    with pytest.raises(ValidationError):
        SampleRequest(tool_id=1, prompt="Mme Dupont, née le 03/04/1951")  # type: ignore[call-arg]


PROMPT = (
    "Patiente Martine Lefèvre, 67 ans, NIR 2 51 04 75 112 045 38, admise pour dyspnée.\nAntécédents : HTA."
)


class Labelled(AuditEvent):
    kind: ClassVar[str] = "test.labelled"
    label: str
    labels: list[str] = Field(default_factory=list)


@pytest.mark.parametrize(
    "bad",
    [
        {"label": PROMPT},  # multi-line
        {"label": "x" * (MAX_STRING_LENGTH + 1)},  # too long
        {"label": "ok", "labels": ["PERSON", PROMPT]},  # text hidden in a list
    ],
)
def test_text_cannot_enter_an_event(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError, match="audit strings") as caught:
        Labelled(**bad)  # type: ignore[arg-type]
    assert "Martine" not in str(caught.value) and "xxxxx" not in str(caught.value)


@pytest.mark.parametrize(
    "bad",
    [
        {"counts": {PROMPT: 1}},  # text hidden in a key
        {"counts": {"PERSON\nMartine": 1}},
        {"request_id": PROMPT},
        {"request_id": "r" * 81},  # request ids fit their column
    ],
)
def test_text_cannot_hide_in_keys_or_request_ids(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as caught:
        SampleRequest(tool_id=1, **bad)  # type: ignore[arg-type]
    assert "Martine" not in str(caught.value) and "rrrrr" not in str(caught.value)


def test_timestamps_must_be_aware() -> None:
    with pytest.raises(ValidationError):
        SampleRequest(tool_id=1, occurred_at=datetime(2026, 1, 1))
