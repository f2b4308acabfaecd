"""Conversations kept on the server: only when their owner asks, sealed, for the DPO's retention.

By default a conversation lives in the professional's browser only. « Enregistrer sur le serveur »
seals it (Fernet, key derived from the server secret) in ``assistant_conversations``, readable and
deletable by its owner alone, deleted by the purge once ``assistant.retention_days`` have passed
since its last save (``egide assistant purge``; the server also purges on every save).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from egide.assistant.config import AssistantConfig
from egide.assistant.events import (
    AssistantConversationDeleted,
    AssistantConversationSaved,
    AssistantConversationsPurged,
)
from egide.assistant.sealing import reseal, seal, unseal
from egide.audit import append_events
from egide.errors import InputError, NotFound
from egide.store.database import session_secret
from egide.store.models.assistant import AssistantIncident, SavedConversation
from egide.store.types import utcnow

MAX_MESSAGES = 200
MAX_BYTES = 1_000_000
_ROLES = ("user", "assistant")
#: What the page keeps beside each answer (tool, model, time, request id, verdict): short tokens.
_META_KEYS = ("tool", "model", "at", "request_id", "verdict", "action")


def _clean(conversation: Any) -> dict[str, Any]:
    """The conversation as the page sends it, checked: a clear refusal rather than a silent cut."""
    if not isinstance(conversation, dict):
        raise InputError("conversation illisible", param="conversation")
    title = conversation.get("title", "")
    messages = conversation.get("messages")
    if not isinstance(title, str) or len(title) > 200:
        raise InputError("titre de 200 caractères au plus", param="title")
    if not isinstance(messages, list) or not messages or len(messages) > MAX_MESSAGES:
        raise InputError(f"de 1 à {MAX_MESSAGES} messages attendus", param="messages")
    kept = []
    for message in messages:
        if (
            not isinstance(message, dict)
            or message.get("role") not in _ROLES
            or not isinstance(message.get("content"), str)
        ):
            raise InputError("message illisible : {role, content} attendus", param="messages")
        meta = message.get("meta") or {}
        if not isinstance(meta, dict):
            raise InputError("message illisible", param="messages")
        kept.append(
            {
                "role": message["role"],
                "content": message["content"],
                "meta": {k: str(meta[k])[:120] for k in _META_KEYS if meta.get(k) is not None},
            }
        )
    cleaned = {"title": title.strip() or "Conversation", "messages": kept}
    if len(json.dumps(cleaned, ensure_ascii=False).encode("utf-8")) > MAX_BYTES:
        raise InputError("conversation trop longue pour être enregistrée", param="conversation")
    return cleaned


def save_conversation(
    session: Session,
    user_id: int,
    conversation: Any,
    config: AssistantConfig,
    conversation_id: str | None = None,
    *,
    now: datetime | None = None,
) -> str:
    """Seal and keep (or replace) one of the owner's conversations; returns its id."""
    now = now or utcnow()
    cleaned = _clean(conversation)
    purge_expired(session, config, now=now)
    sealed = seal(session_secret(session), json.dumps(cleaned, ensure_ascii=False))
    expires = now + timedelta(days=config.retention_days)
    row = _owned(session, user_id, conversation_id) if conversation_id else None
    if row is None:
        count = session.scalar(
            select(func.count()).select_from(SavedConversation).where(SavedConversation.user_id == user_id)
        )
        if (count or 0) >= config.max_saved:
            raise InputError(
                f"vous gardez déjà {config.max_saved} conversations sur le serveur : supprimez-en une d'abord"
            )
        row = SavedConversation(id=uuid.uuid4().hex, user_id=user_id)
        session.add(row)
    row.saved_at, row.expires_at, row.sealed = now, expires, sealed
    session.flush()
    append_events(
        session,
        AssistantConversationSaved(
            actor_user_id=user_id,
            conversation_id=row.id,
            messages=len(cleaned["messages"]),
            retention_days=config.retention_days,
        ),
    )
    return row.id


def _owned(session: Session, user_id: int, conversation_id: str) -> SavedConversation | None:
    row = session.get(SavedConversation, conversation_id) if len(conversation_id) <= 32 else None
    if row is None or row.user_id != user_id:
        return None
    return row


@dataclass(frozen=True, slots=True)
class SavedView:
    id: str
    title: str
    saved_at: datetime
    expires_at: datetime
    messages: int


def list_conversations(session: Session, user_id: int, *, now: datetime | None = None) -> list[SavedView]:
    """The owner's conversations still within the retention, last saved first."""
    secret = session_secret(session)
    rows = session.scalars(
        select(SavedConversation)
        .where(SavedConversation.user_id == user_id, SavedConversation.expires_at > (now or utcnow()))
        .order_by(SavedConversation.saved_at.desc())
    ).all()
    views = []
    for row in rows:
        data = json.loads(unseal(secret, row.sealed))
        views.append(SavedView(row.id, data["title"], row.saved_at, row.expires_at, len(data["messages"])))
    return views


def load_conversation(
    session: Session, user_id: int, conversation_id: str, *, now: datetime | None = None
) -> dict[str, Any]:
    row = _owned(session, user_id, conversation_id)
    if row is None or row.expires_at <= (now or utcnow()):
        raise NotFound("conversation introuvable")
    data: dict[str, Any] = json.loads(unseal(session_secret(session), row.sealed))
    return data


def delete_conversation(session: Session, user_id: int, conversation_id: str) -> None:
    row = _owned(session, user_id, conversation_id)
    if row is None:
        raise NotFound("conversation introuvable")
    session.delete(row)
    append_events(
        session, AssistantConversationDeleted(actor_user_id=user_id, conversation_id=conversation_id)
    )


def purge_expired(session: Session, config: AssistantConfig, *, now: datetime | None = None) -> int:
    """Delete every conversation past its retention; one audit event when there were some.

    Past its retention: saved longer ago than the retention in force now (a DPO who shortens it
    shortens it for what is already kept), or past the end it was given when saved.
    """
    now = now or utcnow()
    cutoff = now - timedelta(days=config.retention_days)
    result = session.execute(
        delete(SavedConversation).where(
            (SavedConversation.expires_at <= now) | (SavedConversation.saved_at <= cutoff)
        )
    )
    count = int(getattr(result, "rowcount", 0) or 0)
    if count:
        append_events(
            session, AssistantConversationsPurged(count=count, retention_days=config.retention_days)
        )
    return count


def reseal_all(session: Session, old: str, new: str) -> int:
    """Re-seal every conversation and incident comment under a new secret (``egide secret rotate``)."""
    count = 0
    for row in session.scalars(select(SavedConversation)).all():
        row.sealed = reseal(old, new, row.sealed)
        count += 1
    for incident in session.scalars(
        select(AssistantIncident).where(AssistantIncident.sealed_comment.is_not(None))
    ).all():
        assert incident.sealed_comment is not None
        incident.sealed_comment = reseal(old, new, incident.sealed_comment)
        count += 1
    return count
