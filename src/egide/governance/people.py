"""People: users and roles, AI-literacy training records (AI Act art. 4), the charter and its acceptances.

Mutating functions write their audit event in the same transaction; call them inside
``db.session(write=True)``.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.errors import Conflict, InputError, NotFound
from egide.governance.events import (
    CharterAccepted,
    CharterAcceptedOnBehalf,
    CharterPublished,
    TrainingRecorded,
    UserAdded,
    UserDeactivated,
)
from egide.governance.types import CharterView, Role, UserView
from egide.store.models.governance import Charter, CharterAcceptance, TrainingRecord, User
from egide.store.types import utcnow

#: Validity of a training record when none is given (the establishment may choose otherwise).
DEFAULT_TRAINING_VALIDITY = timedelta(days=3 * 365)


def today() -> date:
    return utcnow().date()


def user_row(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"utilisateur n°{user_id} inconnu", code="user_not_found")
    return user


def find_user(session: Session, id_or_email: str) -> User:
    """A user by id (digits) or e-mail address."""
    if id_or_email.isdigit():
        return user_row(session, int(id_or_email))
    user = session.scalars(select(User).where(User.email == id_or_email.strip().lower())).first()
    if user is None:
        raise NotFound("utilisateur inconnu", code="user_not_found")
    return user


def add_user(
    session: Session, *, name: str, email: str, role: Role | str, actor_user_id: int | None = None
) -> UserView:
    name, email = name.strip(), email.strip().lower()
    if not name or len(name) > 200:
        raise InputError("nom vide ou trop long", param="name")
    if "@" not in email or len(email) > 320 or any(c.isspace() for c in email):
        raise InputError("adresse électronique invalide", param="email")
    try:
        checked_role = Role(role)
    except ValueError:
        raise InputError(
            f"rôle inconnu (attendu : {', '.join(r.value for r in Role)})", param="role"
        ) from None
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise Conflict("un utilisateur a déjà cette adresse")
    user = User(name=name, email=email, role=checked_role.value, active=True)
    session.add(user)
    session.flush()
    append_events(session, UserAdded(actor_user_id=actor_user_id, user_id=user.id, role=checked_role.value))
    return user_view(session, user)


def trained_until(session: Session, user_id: int, on: date | None = None) -> date | None:
    """End of the user's training validity covering ``on`` (today by default), or None."""
    on = on or today()
    return session.scalar(
        select(func.max(TrainingRecord.valid_until)).where(
            TrainingRecord.user_id == user_id,
            TrainingRecord.completed_on <= on,
            TrainingRecord.valid_until >= on,
        )
    )


def record_training(
    session: Session,
    user_id: int,
    *,
    completed_on: date,
    valid_until: date | None = None,
    title: str = "Formation à l'usage de l'IA générative",
    actor_user_id: int | None = None,
) -> int:
    """Record a completed training; returns the record id."""
    user_row(session, user_id)
    valid_until = valid_until or completed_on + DEFAULT_TRAINING_VALIDITY
    if valid_until < completed_on:
        raise InputError("fin de validité antérieure à la date de formation", param="valid_until")
    title = title.strip()
    if not title or len(title) > 200:
        raise InputError("intitulé de formation vide ou trop long", param="title")
    record = TrainingRecord(
        user_id=user_id,
        title=title,
        completed_on=completed_on,
        valid_until=valid_until,
        recorded_by=actor_user_id,
    )
    session.add(record)
    session.flush()
    append_events(
        session,
        TrainingRecorded(
            actor_user_id=actor_user_id,
            user_id=user_id,
            training_id=record.id,
            completed_on=completed_on,
            valid_until=valid_until,
        ),
    )
    return record.id


def _current_charter(session: Session) -> Charter | None:
    return session.scalars(
        select(Charter).order_by(Charter.published_at.desc(), Charter.id.desc()).limit(1)
    ).first()


def current_charter(session: Session) -> CharterView | None:
    charter = _current_charter(session)
    if charter is None:
        return None
    return CharterView(charter.id, charter.version, charter.title, charter.published_at, charter.body)


def publish_charter(
    session: Session, *, version: str, title: str, body: str, actor_user_id: int | None = None
) -> CharterView:
    """Publish a new charter version: it becomes current, and every user must accept it again."""
    version, title = version.strip(), title.strip()
    if not version or len(version) > 40 or not title or len(title) > 200 or not body.strip():
        raise InputError("charte : version, titre et texte sont requis", param="charter")
    if session.scalar(select(Charter.id).where(Charter.version == version)) is not None:
        raise Conflict(f"la version {version!r} de la charte existe déjà")
    charter = Charter(version=version, title=title, body=body, published_at=utcnow())
    session.add(charter)
    session.flush()
    append_events(
        session, CharterPublished(actor_user_id=actor_user_id, charter_id=charter.id, version=version)
    )
    return CharterView(charter.id, charter.version, charter.title, charter.published_at, charter.body)


def has_accepted_current_charter(session: Session, user_id: int) -> bool:
    charter = _current_charter(session)
    if charter is None:
        return False
    found = session.scalar(
        select(CharterAcceptance.id).where(
            CharterAcceptance.user_id == user_id, CharterAcceptance.charter_id == charter.id
        )
    )
    return found is not None


def accept_charter(
    session: Session, user_id: int, *, charter_id: int | None = None, actor_user_id: int | None = None
) -> int:
    """Record that the user accepted a charter version (the current one by default); idempotent."""
    user_row(session, user_id)
    charter = session.get(Charter, charter_id) if charter_id is not None else _current_charter(session)
    if charter is None:
        raise NotFound(
            "aucune charte publiée" if charter_id is None else "charte inconnue", code="charter_not_found"
        )
    existing = session.scalar(
        select(CharterAcceptance.id).where(
            CharterAcceptance.user_id == user_id, CharterAcceptance.charter_id == charter.id
        )
    )
    if existing is not None:
        return charter.id
    session.add(CharterAcceptance(user_id=user_id, charter_id=charter.id))
    session.flush()
    if actor_user_id is None or actor_user_id == user_id:
        event: CharterAccepted | CharterAcceptedOnBehalf = CharterAccepted(
            actor_user_id=user_id, user_id=user_id, charter_id=charter.id
        )
    else:  # recorded by someone else for this person: the journal says so
        event = CharterAcceptedOnBehalf(actor_user_id=actor_user_id, user_id=user_id, charter_id=charter.id)
    append_events(session, event)
    return charter.id


def deactivate_user(session: Session, user_id: int, *, actor_user_id: int | None = None) -> UserView:
    """Switch an account off: its keys are revoked at once, it can no longer act or be used."""
    from egide.governance.keys import revoke_all_keys

    user = user_row(session, user_id)
    if not user.active:
        return user_view(session, user)
    user.active = False
    revoked = revoke_all_keys(session, user_id)
    session.flush()
    append_events(
        session, UserDeactivated(actor_user_id=actor_user_id, user_id=user_id, keys_revoked=revoked)
    )
    return user_view(session, user)


def user_view(session: Session, user: User) -> UserView:
    return UserView(
        id=user.id,
        name=user.name,
        email=user.email,
        role=Role(user.role),
        active=user.active,
        trained_until=trained_until(session, user.id),
        accepted_current_charter=has_accepted_current_charter(session, user.id),
    )


def list_users(session: Session) -> list[UserView]:
    return [user_view(session, user) for user in session.scalars(select(User).order_by(User.id)).all()]
