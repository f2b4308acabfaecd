"""Server-side sign-in sessions: a random token in the cookie, its SHA-256 in the database.

A session ends when it is revoked (logout, « déconnexion partout », password change, deactivation),
when it has not been used for ``session_idle_minutes``, ``session_absolute_hours`` after sign-in, or
as soon as its person is deactivated (checked on every request, not only at sign-in).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.console.config import ConsoleConfig
from egide.console.events import SessionsRevoked
from egide.governance.types import Role
from egide.store.models.console import ConsoleSession
from egide.store.models.governance import User

#: ``last_seen_at`` is written at most this often: one write per minute of activity, not per page.
_TOUCH_EVERY = timedelta(seconds=60)
TOKEN_BYTES = 32


@dataclass(frozen=True)
class SignedIn:
    """The person behind a live session (``session_id`` is the row id, never the token)."""

    user_id: int
    role: Role
    name: str
    email: str
    session_id: int
    #: Its last use is old enough to be written again (see :func:`touch_session`).
    touch_due: bool = False


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    # A plain digest is enough: the token has 256 random bits, nothing to guess from its hash.
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def open_session(session: Session, user_id: int, *, method: str, now: datetime) -> tuple[str, int]:
    """A new session for the person: ``(token for the cookie, session id)``."""
    token = new_token()
    row = ConsoleSession(
        token_hash=token_hash(token), user_id=user_id, method=method, created_at=now, last_seen_at=now
    )
    session.add(row)
    session.flush()
    return token, row.id


def _expired(row: ConsoleSession, now: datetime, config: ConsoleConfig) -> bool:
    return now - row.last_seen_at > timedelta(
        minutes=config.session_idle_minutes
    ) or now - row.created_at > timedelta(hours=config.session_absolute_hours)


def find_session(session: Session, token: str, *, now: datetime, config: ConsoleConfig) -> SignedIn | None:
    """The live session of ``token``, or None: unknown, ended, expired, or its person deactivated.

    A read only: when ``touch_due`` is set the caller records the use with :func:`touch_session`.
    """
    if not token or len(token) > 200:
        return None
    found = session.execute(
        select(ConsoleSession, User)
        .join(User, User.id == ConsoleSession.user_id)
        .where(ConsoleSession.token_hash == token_hash(token))
    ).first()
    if found is None:
        return None
    row, user = found
    if row.revoked_at is not None or not user.active or _expired(row, now, config):
        return None
    touch_due = now - row.last_seen_at >= _TOUCH_EVERY
    return SignedIn(user.id, Role(user.role), user.name, user.email, row.id, touch_due)


def touch_session(session: Session, session_id: int, *, now: datetime) -> None:
    session.execute(update(ConsoleSession).where(ConsoleSession.id == session_id).values(last_seen_at=now))


def end_session(session: Session, session_id: int, *, now: datetime) -> None:
    session.execute(
        update(ConsoleSession)
        .where(ConsoleSession.id == session_id, ConsoleSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def end_session_of_token(session: Session, token: str, *, now: datetime) -> None:
    session.execute(
        update(ConsoleSession)
        .where(ConsoleSession.token_hash == token_hash(token), ConsoleSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def end_all_sessions(
    session: Session,
    user_id: int,
    *,
    now: datetime,
    reason_code: str,
    actor_user_id: int | None = None,
    keep_session_id: int | None = None,
) -> int:
    """End every live session of a person (but ``keep_session_id``); audited; returns how many ended."""
    query = update(ConsoleSession).where(
        ConsoleSession.user_id == user_id, ConsoleSession.revoked_at.is_(None)
    )
    if keep_session_id is not None:
        query = query.where(ConsoleSession.id != keep_session_id)
    ended = cast(CursorResult[Any], session.execute(query.values(revoked_at=now))).rowcount
    append_events(
        session,
        SessionsRevoked(
            actor_user_id=actor_user_id, user_id=user_id, sessions=ended, reason_code=reason_code
        ),
    )
    return int(ended)
