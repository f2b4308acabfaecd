"""Typed audit events: one base class, one registry of kinds.

An area declares its events in its own module::

    class ToolSuspended(AuditEvent):
        kind: ClassVar[str] = "tool.suspended"
        tool_id: int
        reason_code: str | None = None

Defining the class registers its ``kind`` (unique across égide, ``area.what_happened``); classes
without a ``kind`` of their own are abstract bases and are not registered.

The rule (checked by :meth:`AuditEvent._only_short_tokens` on every event): events carry categories,
counts, identifiers, timestamps and keyed hashes — never text from a prompt, an answer or a
document. Every string value, at any depth, must be a single line of at most
:data:`MAX_STRING_LENGTH` characters; something longer or multi-line is refused at construction.
That guard cannot prove that a short string is not patient data: choose field types that cannot
hold it (ints, enums, hashes from ``egide.audit.keyed_hash``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from egide.store.types import utcnow

#: Longest string an event may hold (identifiers, category names, hashes, tool names).
MAX_STRING_LENGTH = 120

_REGISTRY: dict[str, type[AuditEvent]] = {}


class AuditEvent(BaseModel):
    """Base of every audit event: ``kind`` (class level), when, who and which request."""

    # hide_input_in_errors: a refused event must not quote, in its error, the text it refused.
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    kind: ClassVar[str]
    occurred_at: datetime = Field(default_factory=utcnow)
    actor_user_id: int | None = None
    request_id: str | None = Field(None, max_length=80)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        kind = cls.__dict__.get("kind")
        if kind is None:
            return  # an abstract intermediate base
        if not isinstance(kind, str) or not kind or len(kind) > 80:
            raise TypeError(f"{cls.__qualname__}.kind must be a non-empty string of at most 80 characters")
        known = _REGISTRY.get(kind)
        if known is not None and known.__qualname__ != cls.__qualname__:
            raise TypeError(f"audit event kind {kind!r} already declared by {known.__qualname__}")
        _REGISTRY[kind] = cls

    @model_validator(mode="after")
    def _only_short_tokens(self) -> AuditEvent:
        for name in type(self).model_fields:
            _check_value(name, getattr(self, name))
        if self.occurred_at.tzinfo is None:
            raise ValueError("occurred_at must be timezone-aware")
        return self

    def payload(self) -> dict[str, Any]:
        """The event as JSON-ready data (the canonical form adds ``kind``, ``seq`` and ``recorded_at``)."""
        return self.model_dump(mode="json")


def _check_value(path: str, value: object) -> None:
    if isinstance(value, str):
        if len(value) > MAX_STRING_LENGTH:
            raise ValueError(f"{path}: audit strings are limited to {MAX_STRING_LENGTH} characters")
        if any(ch in value for ch in "\r\n\t\x00\x0b\x0c"):
            raise ValueError(f"{path}: audit strings are single-line tokens")
    elif isinstance(value, Mapping):
        # Paths name positions, never keys: a key may be the very text being refused.
        for index, (key, item) in enumerate(value.items()):
            _check_value(f"{path}[key {index}]", key)
            _check_value(f"{path}[{index}]", item)
    elif isinstance(value, list | tuple | set | frozenset):
        for index, item in enumerate(value):
            _check_value(f"{path}[{index}]", item)


def event_class(kind: str) -> type[AuditEvent] | None:
    """The class registered for ``kind`` (None for kinds of a module not imported in this process)."""
    return _REGISTRY.get(kind)


def registered_kinds() -> dict[str, type[AuditEvent]]:
    return dict(_REGISTRY)


class ChainPurged(AuditEvent):
    """Records older than the retention period were deleted; the anchor keeps the chain verifiable."""

    kind: ClassVar[str] = "audit.purged"
    purged_count: int
    through_seq: int
    retention_days: int


@dataclass(frozen=True)
class StoredEvent:
    """A record as read back: the columns plus the event's own fields (``data``)."""

    seq: int
    kind: str
    occurred_at: datetime
    recorded_at: datetime
    actor_user_id: int | None
    request_id: str | None
    data: dict[str, Any]
    prev_hash: str
    hash: str


class KeyRotated(AuditEvent):
    """The server secret was rotated: this record opens a chain segment signed with the new key."""

    kind: ClassVar[str] = "audit.key_rotated"
    previous_segment_until: int
    credentials_resealed: int
    identities_resealed: int
    os_user: str = ""
