"""Audit events of the compliance evidence: adoptions, statuses, exports.

The DPO's comment stays in ``compliance_statuses``; the event carries the requirement id, the status
and the comment's length, never its text.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from egide.audit.events import AuditEvent


class ReferentialAdopted(AuditEvent):
    kind: ClassVar[str] = "compliance.referential_adopted"
    version: str
    previous_version: str | None
    digest: str
    added: int
    removed: int
    changed: int


class RequirementStatusSet(AuditEvent):
    kind: ClassVar[str] = "compliance.status_set"
    requirement_id: str
    status: str
    referential_version: str
    comment_length: int


class ComplianceDocumentExported(AuditEvent):
    """A compliance report or a register entry left égide (the public notice is not recorded)."""

    kind: ClassVar[str] = "compliance.exported"
    document: Literal["report", "register"]
    format: Literal["pdf", "html", "csv"]
    referential_version: str
