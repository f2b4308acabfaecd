"""One click reports an incident: its category and comment, an audit event, and the DPO's list.

The comment is read by the detection engine first and every identifier in it replaced by its label
(« [NOM] »), then sealed: the DPO reads what went wrong, not who it was about. Detection failing
refuses the report (fail closed) rather than keeping the comment unread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.assistant.events import INCIDENT_CATEGORIES, AssistantIncident, IncidentCategory
from egide.assistant.sealing import seal, unseal
from egide.audit import append_events
from egide.detect import Detector
from egide.errors import InputError
from egide.store.database import session_secret
from egide.store.models.assistant import AssistantIncident as IncidentRow
from egide.store.models.audit import AuditRecord
from egide.store.models.governance import Tool, User

MAX_COMMENT = 2_000


def masked(detector: Detector, text: str) -> str:
    """``text`` with every finding replaced by its label in brackets."""
    out = text
    for finding in sorted(detector.detect(text), key=lambda f: f.start, reverse=True):
        out = out[: finding.start] + f"[{finding.label}]" + out[finding.end :]
    return out


def _category(value: str) -> IncidentCategory:
    for known in INCIDENT_CATEGORIES:
        if value == known:
            return known  # type: ignore[return-value]
    raise InputError("catégorie d'incident inconnue", param="category")


def report_incident(
    session: Session,
    detector: Detector,
    user_id: int,
    category: str,
    comment: str = "",
    request_id: str | None = None,
) -> AssistantIncident:
    """Keep the incident and append its event (in the caller's write transaction)."""
    kind = _category(category)
    if not isinstance(comment, str) or len(comment) > MAX_COMMENT:
        raise InputError(f"commentaire de {MAX_COMMENT} caractères au plus", param="comment")
    comment = comment.strip()
    tool_id: int | None = None
    if request_id:
        if len(request_id) > 80:
            raise InputError("réponse non désignée", param="request_id")
        canonical = session.scalar(
            select(AuditRecord.canonical).where(
                AuditRecord.request_id == request_id,
                AuditRecord.actor_user_id == user_id,
                AuditRecord.kind == "gateway.request",
            )
        )
        if canonical is None:
            request_id = None  # not one of this person's requests: the report stands, unlinked
        else:
            tool_id = int(json.loads(canonical)["tool_id"])
    sealed = seal(session_secret(session), masked(detector, comment)) if comment else None
    row = IncidentRow(
        user_id=user_id, category=kind, request_id=request_id, tool_id=tool_id, sealed_comment=sealed
    )
    session.add(row)
    session.flush()
    event = AssistantIncident(
        actor_user_id=user_id,
        request_id=request_id,
        incident_id=row.id,
        category=kind,
        tool_id=tool_id,
        has_comment=sealed is not None,
    )
    append_events(session, event)
    return event


@dataclass(frozen=True, slots=True)
class IncidentView:
    id: int
    reported_at: datetime
    reporter: str
    category: str
    category_label: str
    tool: str | None
    request_id: str | None
    comment: str


def list_incidents(session: Session, limit: int = 200) -> list[IncidentView]:
    """The latest incidents, newest first, comments unsealed (identifiers already masked)."""
    secret = session_secret(session)
    rows = session.execute(
        select(IncidentRow, User.name, Tool.name)
        .join(User, User.id == IncidentRow.user_id)
        .outerjoin(Tool, Tool.id == IncidentRow.tool_id)
        .order_by(IncidentRow.reported_at.desc(), IncidentRow.id.desc())
        .limit(limit)
    ).all()
    return [
        IncidentView(
            id=row.id,
            reported_at=row.reported_at,
            reporter=reporter,
            category=row.category,
            category_label=INCIDENT_CATEGORIES.get(row.category, row.category),
            tool=tool,
            request_id=row.request_id,
            comment=unseal(secret, row.sealed_comment) if row.sealed_comment is not None else "",
        )
        for row, reporter, tool in rows
    ]
