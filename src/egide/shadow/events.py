"""Audit events of shadow-AI discovery.

They carry identifiers, counts and pseudonyms, never a login, an address or a host name: the
identity revealed to the DPO is shown to the DPO, not written into the chain.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from egide.audit.events import AuditEvent


class RevealPurpose(StrEnum):
    """Why the DPO lifts a pseudonym (GDPR accountability: a reveal always has a stated purpose)."""

    SECURITY_INCIDENT = "security_incident"
    DATA_BREACH = "data_breach"
    AWARENESS = "awareness"  # meet the person to explain the approved tools
    LEGAL_REQUEST = "legal_request"


class ShadowScanRecorded(AuditEvent):
    """A discovery run was stored for the dashboard."""

    kind: ClassVar[str] = "shadow.scan_recorded"
    scan_id: str
    lines: int
    malformed: int
    ai_requests: int
    destinations: int
    pseudonyms: int


class ShadowScanDeleted(AuditEvent):
    """A stored scan was deleted, with the sealed identities no other scan used."""

    kind: ClassVar[str] = "shadow.scan_deleted"
    scan_id: str
    identities_removed: int


class ShadowIdentityRevealed(AuditEvent):
    """The DPO lifted one pseudonym (``actor_user_id`` is the DPO)."""

    kind: ClassVar[str] = "shadow.identity_revealed"
    pseudonym: str
    purpose: RevealPurpose
    scan_id: str | None = None


class ShadowReportRevealed(AuditEvent):
    """The DPO produced a report with names instead of pseudonyms (``actor_user_id`` is the DPO)."""

    kind: ClassVar[str] = "shadow.report_revealed"
    scan_id: str
    pseudonyms: int
    purpose: RevealPurpose
