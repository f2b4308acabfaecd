"""« Vérifier »: the professional's verdict on an answer, as an audit event the dashboard counts.

The verdict names the answer by its gateway request; the tool, the model, the policy's action and
the counts by category are read from the gateway's own events for that request and that person —
never taken from the page — so a verdict can only be recorded on one's own answer, once.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.assistant.events import VERDICTS, AssistantVerification, Verdict
from egide.audit import append_events
from egide.errors import Conflict, InputError, NotFound
from egide.store.models.audit import AuditRecord


def _events(session: Session, user_id: int, request_id: str, *kinds: str) -> list[dict[str, object]]:
    rows = session.scalars(
        select(AuditRecord.canonical).where(
            AuditRecord.request_id == request_id,
            AuditRecord.actor_user_id == user_id,
            AuditRecord.kind.in_(kinds),
        )
    ).all()
    return [json.loads(row) for row in rows]


def record_verification(
    session: Session, user_id: int, request_id: str, verdict: str
) -> AssistantVerification:
    """Append the verdict for the answer of ``request_id`` (in the caller's write transaction)."""
    if verdict not in VERDICTS:
        raise InputError("verdict inconnu : « verified », « corrected » ou « rejected »", param="verdict")
    if not isinstance(request_id, str) or not request_id or len(request_id) > 80:
        raise InputError("réponse non désignée", param="request_id")
    found = {
        e["kind"]: e for e in _events(session, user_id, request_id, "gateway.request", "gateway.decision")
    }
    request, decision = found.get("gateway.request"), found.get("gateway.decision")
    if request is None or decision is None or decision.get("action") == "block":
        raise NotFound("réponse inconnue : seule une réponse que vous avez reçue peut être vérifiée")
    if _events(session, user_id, request_id, AssistantVerification.kind):
        raise Conflict("cette réponse a déjà été vérifiée")
    counts = decision.get("counts") or {}
    event = AssistantVerification(
        actor_user_id=user_id,
        request_id=request_id,
        verdict=_verdict(verdict),
        tool_id=int(str(request["tool_id"])),
        model=str(request["model"]),
        counts={str(k): int(v) for k, v in dict(counts).items()},  # type: ignore[call-overload]
        action=str(decision.get("action")),
    )
    append_events(session, event)
    return event


def _verdict(value: str) -> Verdict:
    if value == "verified":
        return "verified"
    if value == "corrected":
        return "corrected"
    return "rejected"
