"""Console passwords: Argon2id hashes (argon2-cffi's current defaults), set and checked here only."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.console.events import PasswordSet
from egide.errors import InputError
from egide.governance.people import user_row
from egide.governance.types import Role
from egide.store.types import utcnow

_HASHER = PasswordHasher()
#: Verified when the account has no password, so that an unknown name costs the same time as a known one.
_DUMMY_HASH = _HASHER.hash("égide: no account has this password")
MAX_PASSWORD_LENGTH = 1024


def check_new_password(password: str, *, min_length: int) -> None:
    """Refuse a password too short, too long or made of blanks (said in French; never echoes it)."""
    if len(password) < min_length:
        raise InputError(f"mot de passe trop court : {min_length} caractères au moins", param="password")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InputError(
            f"mot de passe trop long : {MAX_PASSWORD_LENGTH} caractères au plus", param="password"
        )
    if not password.strip():
        raise InputError("mot de passe vide", param="password")


def set_password(
    session: Session, user_id: int, password: str, *, min_length: int, actor_user_id: int | None = None
) -> None:
    """Store the Argon2id hash of a new password for a person (not an application account)."""
    user = user_row(session, user_id)
    if user.role == Role.APPLICATION.value:
        raise InputError("un compte d'application n'ouvre pas de session dans la console", param="user")
    check_new_password(password, min_length=min_length)
    user.password_hash = _HASHER.hash(password)
    user.password_changed_at = utcnow()
    session.flush()
    append_events(session, PasswordSet(actor_user_id=actor_user_id, user_id=user_id))


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; the same Argon2 work is done when there is no hash at all."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    try:
        return _HASHER.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's (then it is replaced at login)."""
    return _HASHER.check_needs_rehash(stored_hash)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)
