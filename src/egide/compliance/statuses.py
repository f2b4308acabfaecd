"""The DPO's status of each requirement, with a comment: an append-only history, the last one current.

Only an active account with the DPO role sets a status or adopts a referential (checked here, so the
console and the command line cannot differ). A status set on another wording of the requirement
(its fingerprint changed in a later version of the referential) is shown as « à revoir ».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.compliance.events import RequirementStatusSet
from egide.compliance.referential import Referential
from egide.errors import AccessDenied, InputError
from egide.governance.people import user_row
from egide.governance.types import Role
from egide.store.models.compliance import ComplianceStatus
from egide.store.models.governance import User

MAX_COMMENT = 2000


class Status(StrEnum):
    COMPLIANT = "compliant"
    PARTIAL = "partial"
    NON_COMPLIANT = "non_compliant"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.COMPLIANT: "conforme",
    Status.PARTIAL: "partiellement conforme",
    Status.NON_COMPLIANT: "non conforme",
    Status.NOT_APPLICABLE: "non applicable",
}
#: Said of a requirement the DPO has not assessed yet.
NOT_ASSESSED = "non évaluée"


@dataclass(frozen=True)
class StatusView:
    requirement_id: str
    status: Status
    comment: str
    set_by: int
    set_by_name: str
    set_at: datetime
    referential_version: str
    requirement_digest: str


def ensure_dpo(session: Session, user_id: int) -> None:
    """Raise :class:`AccessDenied` unless ``user_id`` is an active DPO."""
    user = user_row(session, user_id)
    if not user.active or user.role != Role.DPO.value:
        raise AccessDenied("seul le DPO fixe le statut de conformité", code="dpo_required")


def parse_status(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        names = ", ".join(f"{s.value} ({s.label})" for s in Status)
        raise InputError(f"statut inconnu (attendu : {names})", param="status") from None


def set_status(
    session: Session,
    referential: Referential,
    requirement_id: str,
    status: Status | str,
    comment: str,
    *,
    actor_user_id: int,
) -> StatusView:
    """Record the DPO's status of a requirement of ``referential`` (the version in use)."""
    ensure_dpo(session, actor_user_id)
    requirement = referential.requirement(requirement_id)
    if requirement is None:
        raise InputError(
            f"exigence inconnue dans le référentiel {referential.version} : {requirement_id}",
            param="requirement",
        )
    checked = status if isinstance(status, Status) else parse_status(status)
    comment = comment.strip()
    if not comment:
        raise InputError("un commentaire justifie le statut", param="comment")
    if len(comment) > MAX_COMMENT:
        raise InputError(f"commentaire trop long (au plus {MAX_COMMENT} caractères)", param="comment")
    row = ComplianceStatus(
        requirement_id=requirement.id,
        referential_version=referential.version,
        requirement_digest=requirement.digest,
        status=checked.value,
        comment=comment,
        set_by=actor_user_id,
    )
    session.add(row)
    session.flush()
    append_events(
        session,
        RequirementStatusSet(
            actor_user_id=actor_user_id,
            requirement_id=requirement.id,
            status=checked.value,
            referential_version=referential.version,
            comment_length=len(comment),
        ),
    )
    return _view(row, user_row(session, actor_user_id).name)


def _view(row: ComplianceStatus, name: str) -> StatusView:
    return StatusView(
        requirement_id=row.requirement_id,
        status=Status(row.status),
        comment=row.comment,
        set_by=row.set_by,
        set_by_name=name,
        set_at=row.set_at,
        referential_version=row.referential_version,
        requirement_digest=row.requirement_digest,
    )


def current_statuses(session: Session) -> dict[str, StatusView]:
    """The last status of every requirement that has one (ids of any version)."""
    last = (
        select(ComplianceStatus.requirement_id, func.max(ComplianceStatus.id).label("last_id"))
        .group_by(ComplianceStatus.requirement_id)
        .subquery()
    )
    rows = session.execute(
        select(ComplianceStatus, User.name)
        .join(last, ComplianceStatus.id == last.c.last_id)
        .join(User, User.id == ComplianceStatus.set_by)
    ).all()
    return {row.requirement_id: _view(row, name) for row, name in rows}


def status_history(session: Session, requirement_id: str) -> list[StatusView]:
    """Every status set on a requirement, newest first."""
    rows = session.execute(
        select(ComplianceStatus, User.name)
        .join(User, User.id == ComplianceStatus.set_by)
        .where(ComplianceStatus.requirement_id == requirement_id)
        .order_by(ComplianceStatus.id.desc())
    ).all()
    return [_view(row, name) for row, name in rows]
