"""API keys: random, shown once, stored as SHA-256; authentication of a request's key.

A key reads ``eg-<8 hex>_<43 url-safe characters>`` (256 bits of entropy after the prefix), so a
plain SHA-256 is enough to store it: nothing to brute-force. The ``eg-<8 hex>`` prefix is kept for
display and to recognise a leaked key.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.errors import AuthenticationError, NotFound
from egide.governance.events import KeyCreated, KeyRevoked
from egide.governance.rows import user_row
from egide.governance.types import KeyView, NewKey, Principal, Role
from egide.store.models.governance import ApiKey, User
from egide.store.types import utcnow

log = logging.getLogger(__name__)

KEY_PREFIX = "eg-"
_MAX_KEY_LENGTH = 200
#: ``last_used_at`` is rewritten at most this often per key: authentication stays a read.
LAST_USED_RESOLUTION = timedelta(seconds=60)


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_key(
    session: Session, user_id: int, *, label: str | None = None, actor_user_id: int | None = None
) -> NewKey:
    """A new key for the user; the returned ``secret`` is the only copy."""
    user = user_row(session, user_id)
    if not user.active:
        raise NotFound(f"utilisateur n°{user_id} désactivé", code="user_not_found")
    while True:
        prefix = KEY_PREFIX + secrets.token_hex(4)
        if session.scalar(select(ApiKey.id).where(ApiKey.prefix == prefix)) is None:
            break
    secret = f"{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey(user_id=user_id, prefix=prefix, key_hash=hash_key(secret), label=(label or None))
    session.add(key)
    session.flush()
    append_events(
        session, KeyCreated(actor_user_id=actor_user_id, user_id=user_id, key_id=key.id, key_prefix=prefix)
    )
    return NewKey(id=key.id, user_id=user_id, prefix=prefix, secret=secret)


def _key(session: Session, id_or_prefix: str | int) -> ApiKey:
    if isinstance(id_or_prefix, int) or id_or_prefix.isdigit():
        key = session.get(ApiKey, int(id_or_prefix))
    else:
        key = session.scalars(select(ApiKey).where(ApiKey.prefix == id_or_prefix)).first()
    if key is None:
        raise NotFound("clé d'API inconnue", code="key_not_found")
    return key


def revoke_key(session: Session, id_or_prefix: str | int, *, actor_user_id: int | None = None) -> KeyView:
    """Revoke a key (by id or ``eg-…`` prefix); effective on the next request; idempotent."""
    key = _key(session, id_or_prefix)
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        session.flush()
        append_events(session, KeyRevoked(actor_user_id=actor_user_id, user_id=key.user_id, key_id=key.id))
    return _view(key)


def revoke_all_keys(session: Session, user_id: int) -> int:
    """Revoke every live key of a user (the account is being switched off); returns how many.

    No event per key: the caller records the one act (``user.deactivated``) with the count.
    """
    keys = session.scalars(select(ApiKey).where(ApiKey.user_id == user_id, ApiKey.revoked_at.is_(None))).all()
    now = utcnow()
    for key in keys:
        key.revoked_at = now
    return len(keys)


def _view(key: ApiKey) -> KeyView:
    return KeyView(
        key.id, key.user_id, key.prefix, key.label, key.created_at, key.last_used_at, key.revoked_at
    )


def list_keys(session: Session, user_id: int | None = None) -> list[KeyView]:
    query = select(ApiKey).order_by(ApiKey.id)
    if user_id is not None:
        query = query.where(ApiKey.user_id == user_id)
    return [_view(key) for key in session.scalars(query).all()]


# Built once (per-request path): a prepared statement skips SQLAlchemy's per-call construction work.
_KEY_BY_HASH = (
    select(ApiKey, User).join(User, User.id == ApiKey.user_id).where(ApiKey.key_hash == bindparam("key_hash"))
)


def authenticate(session: Session, api_key: str) -> Principal:
    """The principal behind ``api_key``; ``AuthenticationError`` if unknown, revoked or user disabled.

    The key's ``last_used_at`` is updated at most once a minute, in a savepoint whose failure (a
    busy SQLite database) is ignored: recording use must never fail a request.
    """
    if not api_key.startswith(KEY_PREFIX) or len(api_key) > _MAX_KEY_LENGTH:
        raise AuthenticationError("clé d'API invalide")
    row = session.execute(_KEY_BY_HASH, {"key_hash": hash_key(api_key)}).first()
    if row is None:
        raise AuthenticationError("clé d'API invalide")
    key, user = row
    if key.revoked_at is not None or not user.active:
        raise AuthenticationError("clé d'API révoquée ou utilisateur désactivé")
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at >= LAST_USED_RESOLUTION:
        try:
            with session.begin_nested():
                key.last_used_at = now
        except DBAPIError as exc:
            log.debug("last use of key %s not recorded: %s", key.prefix, type(exc.orig).__name__)
    return Principal(user_id=user.id, role=Role(user.role), key_id=key.id, display_name=user.name)
