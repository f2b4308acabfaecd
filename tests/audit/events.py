"""Events used by the audit tests (importable by worker processes)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from egide.audit import AuditEvent


class SampleRequest(AuditEvent):
    kind: ClassVar[str] = "test.request"
    tool_id: int
    counts: dict[str, int] = Field(default_factory=dict)
    worker: int = 0
