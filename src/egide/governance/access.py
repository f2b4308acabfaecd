"""May this person use égide now? Valid AI-literacy training and the current charter accepted.

Decision: accounts with the ``application`` role are exempt. They stand for one of the
establishment's applications, not for a person: AI Act art. 4 training and the charter bind the
people who use that application, which its owner (a referent) answers for. When the application
names the person using it (Open WebUI's forwarded user headers), the gate applies to that person
instead: :func:`person_behind` and :func:`ensure_person_may_use`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, bindparam, exists, select
from sqlalchemy.orm import Session

from egide.errors import AccessDenied
from egide.governance.people import today
from egide.governance.types import Principal, Role
from egide.store.models.governance import ApiKey, Charter, CharterAcceptance, TrainingRecord, User

# One round trip per request, built once: (valid training today?, current charter accepted?).
_CURRENT_CHARTER = (
    select(Charter.id).order_by(Charter.published_at.desc(), Charter.id.desc()).limit(1).scalar_subquery()
)
_MAY_USE = select(
    exists().where(
        TrainingRecord.user_id == bindparam("user_id"),
        TrainingRecord.completed_on <= bindparam("today"),
        TrainingRecord.valid_until >= bindparam("today"),
    ),
    exists().where(
        CharterAcceptance.user_id == bindparam("user_id"),
        CharterAcceptance.charter_id == _CURRENT_CHARTER,
    ),
)


def _gate(trained: bool, accepted: bool) -> None:
    if not trained:
        raise AccessDenied("formation à l'IA non validée", code="training_required")
    if not accepted:
        raise AccessDenied("charte non acceptée", code="charter_not_accepted")


def ensure_may_use(session: Session, principal: Principal) -> None:
    """Raise :class:`AccessDenied` (in French) unless the principal is trained and accepted the charter."""
    if principal.role is Role.APPLICATION:
        return
    trained, accepted = session.execute(_MAY_USE, {"user_id": principal.user_id, "today": today()}).one()
    _gate(bool(trained), bool(accepted))


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
    exists().where(
        TrainingRecord.user_id == User.id,
        TrainingRecord.completed_on <= bindparam("today"),
        TrainingRecord.valid_until >= bindparam("today"),
    ),
    exists().where(CharterAcceptance.user_id == User.id, CharterAcceptance.charter_id == _CURRENT_CHARTER),
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
    select(and_(ApiKey.revoked_at.is_(None), User.active), _CURRENT_CHARTER)
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
