"""People: users and roles, the charter and its acceptances (training: :mod:`egide.governance.training`).

``today`` and ``user_row`` live in :mod:`egide.governance.rows` (so that training imports them without a
cycle) and are re-exported here for the modules that read them from this one.

Mutating functions write their audit event in the same transaction; call them inside
``db.session(write=True)``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.errors import Conflict, InputError, NotFound
from egide.governance.events import (
    CharterAccepted,
    CharterAcceptedOnBehalf,
    CharterPublished,
    UserAdded,
    UserDeactivated,
)
from egide.governance.rows import today as today
from egide.governance.rows import user_row as user_row
from egide.governance.training import trained_until
from egide.governance.types import AcceptanceView, CharterVersionView, CharterView, Role, UserView
from egide.store.models.governance import Charter, CharterAcceptance, User
from egide.store.types import utcnow


def find_user(session: Session, id_or_email: str) -> User:
    """A user by id (digits) or e-mail address."""
    if id_or_email.isdigit():
        return user_row(session, int(id_or_email))
    user = session.scalars(select(User).where(User.email == id_or_email.strip().lower())).first()
    if user is None:
        raise NotFound("utilisateur inconnu", code="user_not_found")
    return user


#: The longest service name (``users.service``).
MAX_SERVICE = 120


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise InputError("nom vide ou trop long (200 caractères au plus)", param="name")
    return name


def clean_email(email: str) -> str:
    email = email.strip().lower()
    local, _, domain = email.partition("@")
    if (
        not local
        or not domain
        or "@" in domain
        or len(email) > 320
        or any(c.isspace() or c in "<>,;" for c in email)
    ):
        raise InputError("adresse électronique invalide", param="email")
    return email


def clean_service(session: Session, service: str | None) -> str | None:
    """A service name as stored: spaces collapsed, and spelt as an existing service that differs
    only by case (« cardiologie » joins « Cardiologie »); empty: None."""
    text = " ".join((service or "").split())
    if not text:
        return None
    if len(text) > MAX_SERVICE or not text.isprintable():
        raise InputError(f"nom de service trop long ({MAX_SERVICE} caractères au plus)", param="service")
    known = session.scalar(
        select(User.service).where(func.lower(User.service) == text.lower()).order_by(User.id).limit(1)
    )
    return known or text


def clean_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InputError(
            f"rôle inconnu (attendu : {', '.join(r.value for r in Role)})", param="role"
        ) from None


def add_user(
    session: Session,
    *,
    name: str,
    email: str,
    role: Role | str,
    service: str | None = None,
    actor_user_id: int | None = None,
) -> UserView:
    name, email, checked_role = clean_name(name), clean_email(email), clean_role(role)
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise Conflict("un utilisateur a déjà cette adresse")
    user = User(
        name=name,
        email=email,
        role=checked_role.value,
        active=True,
        service=clean_service(session, service),
    )
    session.add(user)
    session.flush()
    append_events(session, UserAdded(actor_user_id=actor_user_id, user_id=user.id, role=checked_role.value))
    return user_view(session, user)


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


def charter_versions(session: Session) -> list[CharterVersionView]:
    """Every published version, the one in force first, with its number of acceptances."""
    rows = session.execute(
        select(Charter, func.count(CharterAcceptance.id))
        .outerjoin(CharterAcceptance, CharterAcceptance.charter_id == Charter.id)
        .group_by(Charter.id)
        .order_by(Charter.published_at.desc(), Charter.id.desc())
    ).all()
    return [CharterVersionView(c.id, c.version, c.title, c.published_at, count) for c, count in rows]


def charter_acceptances(session: Session, user_id: int) -> list[AcceptanceView]:
    """The charter versions a person accepted, the latest first."""
    rows = session.execute(
        select(Charter, CharterAcceptance.accepted_at)
        .join(CharterAcceptance, CharterAcceptance.charter_id == Charter.id)
        .where(CharterAcceptance.user_id == user_id)
        .order_by(Charter.published_at.desc(), Charter.id.desc())
    ).all()
    return [AcceptanceView(c.id, c.version, c.title, c.published_at, at) for c, at in rows]


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
        service=user.service,
    )


def list_users(session: Session) -> list[UserView]:
    return [user_view(session, user) for user in session.scalars(select(User).order_by(User.id)).all()]
