"""May this person use égide now? Valid AI-literacy training and the current charter accepted.

Decision: accounts with the ``application`` role are exempt. They stand for one of the
establishment's applications, not for a person: AI Act art. 4 training and the charter bind the
people who use that application, which its owner (a referent) answers for. When the application
names the person using it (Open WebUI's forwarded user headers), the gate applies to that person
instead: :func:`person_behind` and :func:`ensure_person_may_use`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, bindparam, select
from sqlalchemy.orm import Session

from egide.errors import AccessDenied
from egide.governance.gate import accepted, charter_in_force, trained
from egide.governance.rows import today
from egide.governance.types import Principal, Role
from egide.store.models.governance import ApiKey, User

# One round trip per request, built once: (trained today?, current charter accepted?), the rule of
# :mod:`egide.governance.gate` (all mandatory modules of the role valid, or any valid training).
_MAY_USE = select(
    trained(bindparam("user_id"), bindparam("role"), bindparam("today")),
    accepted(bindparam("user_id")),
)


def _gate(is_trained: bool, has_accepted: bool) -> None:
    if not is_trained:
        raise AccessDenied("formation à l'IA non validée", code="training_required")
    if not has_accepted:
        raise AccessDenied("charte non acceptée", code="charter_not_accepted")


def ensure_may_use(session: Session, principal: Principal) -> None:
    """Raise :class:`AccessDenied` (in French) unless the principal is trained and accepted the charter."""
    if principal.role is Role.APPLICATION:
        return
    params = {"user_id": principal.user_id, "role": principal.role.value, "today": today()}
    is_trained, has_accepted = session.execute(_MAY_USE, params).one()
    _gate(bool(is_trained), bool(has_accepted))


@dataclass(frozen=True, slots=True)
class Person:
    """A person named by an application, with what the gate needs (one read, see :func:`person_behind`)."""

    user_id: int
    role: Role
    name: str
    active: bool
    trained: bool
    accepted: bool


# A person with the gate's two answers, in one round trip (built once), by e-mail or by id.
_PERSON_COLUMNS = select(
    User.id,
    User.role,
    User.name,
    User.active,
    trained(User.id, User.role, bindparam("today")),
    accepted(User.id),
)
_PERSON = _PERSON_COLUMNS.where(User.email == bindparam("email"))
_PERSON_BY_ID = _PERSON_COLUMNS.where(User.id == bindparam("user_id"))

#: The longest e-mail address a user may have (``users.email``).
_MAX_EMAIL = 320


def person_behind(conn: Connection, email: str) -> Person | None:
    """The user whose e-mail is ``email`` (compared as stored: trimmed, lower case), or None.

    An application's account is not a person: an application naming another one gets None, so that
    it cannot borrow an account exempt from the gate.
    """
    email = email.strip().lower()
    if not email or len(email) > _MAX_EMAIL:
        return None
    row = conn.execute(_PERSON, {"email": email, "today": today()}).first()
    if row is None or row[1] == Role.APPLICATION.value:
        return None
    return Person(row[0], Role(row[1]), row[2], bool(row[3]), bool(row[4]), bool(row[5]))


def person_by_id(conn: Connection, user_id: int) -> Person | None:
    """The user ``user_id`` with the gate's answers (one read), or None for an unknown id or an
    application's account (the console's assistant signs people in, never applications)."""
    row = conn.execute(_PERSON_BY_ID, {"user_id": user_id, "today": today()}).first()
    if row is None or row[1] == Role.APPLICATION.value:
        return None
    return Person(row[0], Role(row[1]), row[2], bool(row[3]), bool(row[4]), bool(row[5]))


def ensure_person_may_use(person: Person) -> None:
    """Raise :class:`AccessDenied` unless the person's account is active, trained and bound by the charter."""
    if not person.active:
        raise AccessDenied(
            "votre compte égide est désactivé : l'application ne peut pas l'utiliser pour vous",
            code="end_user_inactive",
        )
    _gate(person.trained, person.accepted)


# One primary-key read (built once): is the key still good, and which charter is current?
_GRANT = (
    select(and_(ApiKey.revoked_at.is_(None), User.active), charter_in_force())
    .select_from(ApiKey)
    .join(User, User.id == ApiKey.user_id)
    .where(ApiKey.id == bindparam("key_id"))
)


def current_grant(conn: Connection, key_id: int) -> tuple[bool, int | None]:
    """(the key is neither revoked nor its user disabled, the current charter's id).

    What a cache of authenticated keys checks on every request, so that a revocation, a disabled
    user or a newly published charter takes effect on the next request (one cheap read).
    """
    row = conn.execute(_GRANT, {"key_id": key_id}).first()
    if row is None:
        return False, None
    return bool(row[0]), row[1]
