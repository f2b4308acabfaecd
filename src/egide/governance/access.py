"""May this person use égide now? Valid AI-literacy training and the current charter accepted.

Decision: accounts with the ``application`` role are exempt. They stand for one of the
establishment's applications, not for a person: AI Act art. 4 training and the charter bind the
people who use that application, which its owner (a referent) answers for.
"""

from __future__ import annotations

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


def ensure_may_use(session: Session, principal: Principal) -> None:
    """Raise :class:`AccessDenied` (in French) unless the principal is trained and accepted the charter."""
    if principal.role is Role.APPLICATION:
        return
    trained, accepted = session.execute(_MAY_USE, {"user_id": principal.user_id, "today": today()}).one()
    if not trained:
        raise AccessDenied("formation à l'IA non validée", code="training_required")
    if not accepted:
        raise AccessDenied("charte non acceptée", code="charter_not_accepted")


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
