"""Signing in with a password: lock-out per account and per client address, then a fresh session.

The order matters: a locked account or address is refused before the password is looked at (so a
lock-out cannot be used to test passwords); the Argon2 check runs outside any write transaction (it
takes tens of milliseconds and SQLite would hold its write lock meanwhile); an unknown name costs
the same Argon2 work as a known one. Every outcome is an audit event with ids and codes only.

Attempts are kept as keyed hashes of the name typed and of the client address
(``Purpose.CONSOLE_LOGIN``): the lock-out needs to count them, not to read them.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.console.config import ConsoleConfig
from egide.console.events import LoginFailed, LoginLocked, LoginSucceeded
from egide.console.passwords import hash_password, needs_rehash, verify_password
from egide.console.sessions import SignedIn, end_session_of_token, open_session
from egide.governance.types import Role
from egide.store.database import Database
from egide.store.models.console import LoginAttempt
from egide.store.models.governance import User

Refusal = Literal["bad_credentials", "locked"]


@dataclass(frozen=True)
class SignInResult:
    """A new session (``token`` for the cookie) or a refusal code (said to the person in French)."""

    token: str | None = None
    user: SignedIn | None = None
    refusal: Refusal | None = None


def keyed(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def normalise_login(login: str) -> str:
    return login.strip().lower()[:320]


def _failures(session: Session, *conditions: ColumnElement[bool]) -> int:
    count = session.scalar(
        select(func.count()).select_from(LoginAttempt).where(LoginAttempt.succeeded.is_(False), *conditions)
    )
    return int(count or 0)


def _account_failures(session: Session, account: str, now: datetime, config: ConsoleConfig) -> int:
    """Failures of the account in the window, after its last success (by insertion order, not time)."""
    last_success = session.scalar(
        select(func.max(LoginAttempt.id)).where(
            LoginAttempt.account_hash == account, LoginAttempt.succeeded.is_(True)
        )
    )
    return _failures(
        session,
        LoginAttempt.account_hash == account,
        LoginAttempt.at >= now - timedelta(minutes=config.login_window_minutes),
        LoginAttempt.id > (last_success or 0),
    )


def _address_failures(session: Session, address: str, now: datetime, config: ConsoleConfig) -> int:
    return _failures(
        session,
        LoginAttempt.address_hash == address,
        LoginAttempt.at >= now - timedelta(minutes=config.login_window_minutes),
    )


def _locked(
    session: Session, account: str, address: str, now: datetime, config: ConsoleConfig
) -> Literal["account", "address"] | None:
    if _account_failures(session, account, now, config) >= config.login_max_failures:
        return "account"
    if _address_failures(session, address, now, config) >= config.address_max_failures:
        return "address"
    return None


@dataclass(frozen=True)
class _Account:
    id: int
    role: str
    active: bool
    password_hash: str | None


def sign_in_with_password(
    db: Database,
    *,
    login: str,
    password: str,
    client_address: str,
    key: bytes,
    config: ConsoleConfig,
    now: datetime,
    replaced_token: str | None = None,
) -> SignInResult:
    """Check the lock-out and the password; on success end ``replaced_token``'s session and open a new one."""
    email = normalise_login(login)
    account, address = keyed(key, "account:" + email), keyed(key, "address:" + client_address)
    with db.session() as session:
        lock = _locked(session, account, address, now, config)
        row = session.execute(
            select(User.id, User.role, User.active, User.password_hash).where(User.email == email)
        ).first()
    person = _Account(*row) if row is not None else None
    user_id = person.id if person is not None else None
    if lock is not None:
        with db.session(write=True) as session:
            append_events(
                session,
                LoginFailed(
                    actor_user_id=user_id, user_id=user_id, method="password", reason_code=f"locked_{lock}"
                ),
            )
        return SignInResult(refusal="locked")
    good = verify_password(person.password_hash if person else None, password)
    refusal_code = None
    if not good:
        refusal_code = "bad_password" if person is not None else "unknown_account"
    elif person is not None and not person.active:
        refusal_code = "inactive"
    elif person is not None and person.role == Role.APPLICATION.value:
        refusal_code = "application_account"
    with db.session(write=True) as session:
        session.add(
            LoginAttempt(at=now, account_hash=account, address_hash=address, succeeded=refusal_code is None)
        )
        if refusal_code is not None or person is None:
            session.flush()
            events: list[LoginFailed | LoginLocked] = [
                LoginFailed(
                    actor_user_id=user_id,
                    user_id=user_id,
                    method="password",
                    reason_code=refusal_code or "unknown",
                )
            ]
            lock = _locked(session, account, address, now, config)
            if lock is not None:
                events.append(LoginLocked(actor_user_id=user_id, user_id=user_id, scope=lock))
            append_events(session, *events)
            # The failure that reaches the limit already says so: the next try would be refused anyway.
            return SignInResult(refusal="locked" if lock is not None else "bad_credentials")
        if person.password_hash and needs_rehash(person.password_hash):
            user = session.get(User, person.id)
            if user is not None:
                user.password_hash = hash_password(password)
        return open_for(session, person.id, "password", now, replaced_token)


def open_for(
    session: Session,
    user_id: int,
    method: Literal["password", "oidc"],
    now: datetime,
    replaced_token: str | None,
) -> SignInResult:
    """Open a session for a person already authenticated (password checked, or the OpenID provider)."""
    # Rotation: whatever session the browser came with ends here; the new token is fresh (no fixation).
    if replaced_token:
        end_session_of_token(session, replaced_token, now=now)
    token, session_id = open_session(session, user_id, method=method, now=now)
    user = session.get(User, user_id)
    assert user is not None
    append_events(
        session, LoginSucceeded(actor_user_id=user_id, user_id=user_id, method=method, session_id=session_id)
    )
    return SignInResult(
        token=token, user=SignedIn(user.id, Role(user.role), user.name, user.email, session_id)
    )
