"""Audit events of the governance registry (written by the service functions of this package)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from pydantic import Field

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
    #: The decision (``tool_decisions``) with its rationale; None for the built-in tools at bootstrap.
    decision_id: int | None = None
    rationale_digest: str | None = None
    review_round: int | None = None
    #: Roles whose opinion in that round was not favourable: the rationale answers them.
    against_opinions: list[str] = Field(default_factory=list)


class ToolSuspended(AuditEvent):
    kind: ClassVar[str] = "tool.suspended"
    tool_id: int
    previous_status: str
    #: None: the kill switch, without a written decision.
    decision_id: int | None = None
    rationale_digest: str | None = None


class ToolRetired(AuditEvent):
    kind: ClassVar[str] = "tool.retired"
    tool_id: int
    previous_status: str
    decision_id: int | None = None
    rationale_digest: str | None = None


# The review of a tool. Comments, justifications and rationales are governance text written by
# staff; they stay in their tables (where the console shows them) and the events carry the row's
# id and a keyed digest of the text: the chain proves the text was not changed afterwards, without
# copying into an append-only journal a sentence that might, by mistake, name a patient.


class ToolAssessed(AuditEvent):
    kind: ClassVar[str] = "tool.assessed"
    tool_id: int
    revision: int
    review_round: int
    complete: bool
    computed_class: str
    effective_class: str
    #: The class the registry now applies (what the gateway enforces).
    applied_class: str
    reason_codes: list[str]
    answers_digest: str


class ToolReviewReopened(AuditEvent):
    """A change needs the opinions again: a new round; an approved or suspended tool is back to proposed."""

    kind: ClassVar[str] = "tool.review_reopened"
    tool_id: int
    review_round: int
    reason_code: str
    previous_status: str


class ToolClassOverridden(AuditEvent):
    kind: ClassVar[str] = "tool.class_overridden"
    tool_id: int
    computed_class: str
    override_class: str | None
    justification_digest: str | None


class ToolClassApplied(AuditEvent):
    """The registry's class changed without an edit: a certificate or contract expired (or a decision)."""

    kind: ClassVar[str] = "tool.class_applied"
    tool_id: int
    previous_class: str
    applied_class: str
    reason_codes: list[str]


class ToolOpinionGiven(AuditEvent):
    kind: ClassVar[str] = "tool.opinion_given"
    tool_id: int
    opinion_id: int
    review_round: int
    role: str
    verdict: str
    comment_digest: str


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


class UserUpdated(AuditEvent):
    """A person's name or service changed (by an import or by hand): which fields, never their values."""

    kind: ClassVar[str] = "user.updated"
    user_id: int
    fields: list[str]


class UserRoleChanged(AuditEvent):
    kind: ClassVar[str] = "user.role_changed"
    user_id: int
    previous_role: str
    role: str


class PeopleImported(AuditEvent):
    """A CSV file of people was imported: counts of rows by outcome (the rows have their own events)."""

    kind: ClassVar[str] = "people.imported"
    rows: int
    created: int
    updated: int
    unchanged: int
    rejected: int


class TrainingModuleAdded(AuditEvent):
    kind: ClassVar[str] = "training.module_added"
    module_id: int
    validity_months: int
    mandatory_for: list[str]


class TrainingModuleChanged(AuditEvent):
    kind: ClassVar[str] = "training.module_changed"
    module_id: int
    fields: list[str]
    validity_months: int
    mandatory_for: list[str]


class TrainingModuleRetired(AuditEvent):
    """A module no longer binds anyone (its records stay)."""

    kind: ClassVar[str] = "training.module_retired"
    module_id: int


class TrainingRecorded(AuditEvent):
    kind: ClassVar[str] = "training.recorded"
    user_id: int
    training_id: int
    completed_on: date
    valid_until: date
    #: The module completed; None for a training recorded by its title alone.
    module_id: int | None = None


class EvidenceExported(AuditEvent):
    """Someone exported evidence about people (training records, charter acceptances, coverage)."""

    kind: ClassVar[str] = "people.evidence_exported"
    export: str
    rows: int


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
