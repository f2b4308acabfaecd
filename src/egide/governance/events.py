"""Audit events of the governance registry (written by the service functions of this package)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from egide.audit.events import AuditEvent


class ToolAdded(AuditEvent):
    kind: ClassVar[str] = "tool.added"
    tool_id: int
    tool_name: str
    confidentiality: str
    aliases: list[str]


class ToolApproved(AuditEvent):
    kind: ClassVar[str] = "tool.approved"
    tool_id: int
    previous_status: str


class ToolSuspended(AuditEvent):
    kind: ClassVar[str] = "tool.suspended"
    tool_id: int
    previous_status: str


class ToolRetired(AuditEvent):
    kind: ClassVar[str] = "tool.retired"
    tool_id: int
    previous_status: str


class UserAdded(AuditEvent):
    kind: ClassVar[str] = "user.added"
    user_id: int
    role: str


class KeyCreated(AuditEvent):
    kind: ClassVar[str] = "key.created"
    user_id: int
    key_id: int
    key_prefix: str


class KeyRevoked(AuditEvent):
    kind: ClassVar[str] = "key.revoked"
    user_id: int
    key_id: int


class TrainingRecorded(AuditEvent):
    kind: ClassVar[str] = "training.recorded"
    user_id: int
    training_id: int
    completed_on: date
    valid_until: date


class CharterPublished(AuditEvent):
    kind: ClassVar[str] = "charter.published"
    charter_id: int
    version: str


class CharterAccepted(AuditEvent):
    kind: ClassVar[str] = "charter.accepted"
    user_id: int
    charter_id: int


class CharterAcceptedOnBehalf(AuditEvent):
    """An administrator recorded a person's acceptance for them (a paper form, say): said as such."""

    kind: ClassVar[str] = "charter.accepted_on_behalf"
    user_id: int
    charter_id: int


class UserDeactivated(AuditEvent):
    kind: ClassVar[str] = "user.deactivated"
    user_id: int
    keys_revoked: int


class AdministrativeCommand(AuditEvent):
    """Who ran an administrative command from a shell: the égide account named and the OS account."""

    kind: ClassVar[str] = "admin.command"
    command: str
    os_user: str


class AdministrativeCommandRefused(AuditEvent):
    kind: ClassVar[str] = "admin.command_refused"
    command: str
    os_user: str
    reason_code: str
