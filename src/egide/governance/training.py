"""Training (AI Act art. 4, the HAS guide's « Apprendre »): modules, completion records and their expiry.

A *module* is a training the establishment offers (title, description, validity in months) and
may be mandatory for some roles. A *record* says that a person completed a training on a day and
until when it is valid: recorded against a module, its validity is the module's; recorded by title
alone (as before modules existed, and by ``egide users training record`` without ``--module``),
it is given explicitly or defaults to three years. Whether a person is trained is the rule of
:mod:`egide.governance.gate`. Changing a module's validity does not move the end of records already
made (they were valid for what the module said then).

Mutating functions write their audit event in the same transaction; call them inside
``db.session(write=True)``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.errors import Conflict, InputError, NotFound
from egide.governance.events import (
    TrainingModuleAdded,
    TrainingModuleChanged,
    TrainingModuleRetired,
    TrainingRecorded,
)
from egide.governance.rows import today, user_row
from egide.governance.types import Role
from egide.store.models.governance import TrainingModule, TrainingModuleRole, TrainingRecord, User

#: Validity of a training recorded by title without an end date (the establishment may choose otherwise).
DEFAULT_TRAINING_VALIDITY = timedelta(days=3 * 365)
#: Bounds of a module's validity, in months (ten years at most: a training is never valid for ever).
MIN_VALIDITY_MONTHS, MAX_VALIDITY_MONTHS = 1, 120
_MAX_DESCRIPTION = 4000


@dataclass(frozen=True)
class ModuleView:
    id: int
    title: str
    description: str
    validity_months: int
    active: bool
    #: The roles for which this module is mandatory (empty: optional for everyone).
    mandatory_for: tuple[Role, ...]


@dataclass(frozen=True)
class RecordView:
    id: int
    user_id: int
    module_id: int | None
    title: str
    completed_on: date
    valid_until: date


@dataclass(frozen=True)
class ModuleStatus:
    """Where a person stands for one module on a day."""

    module: ModuleView
    mandatory: bool
    #: End of the latest record of this module valid that day (None: none valid).
    valid_until: date | None
    #: The last completion of this module, valid or not (None: never done).
    last_completed_on: date | None

    @property
    def state(self) -> str:
        """« valid », « expired » (done, no longer valid) or « missing » (never done)."""
        if self.valid_until is not None:
            return "valid"
        return "expired" if self.last_completed_on is not None else "missing"


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _roles(values: Iterable[Role | str]) -> tuple[Role, ...]:
    roles: set[Role] = set()
    for value in values:
        try:
            role = Role(value)
        except ValueError:
            raise InputError(f"rôle inconnu : {str(value)[:40]!r}", param="mandatory_for") from None
        if role is Role.APPLICATION:
            raise InputError(
                "un compte d'application n'est pas une personne : aucune formation ne peut lui être imposée",
                param="mandatory_for",
            )
        roles.add(role)
    return tuple(sorted(roles, key=list(Role).index))


def _checked(title: str, description: str, validity_months: int) -> tuple[str, str]:
    title, description = title.strip(), description.strip()
    if not title or len(title) > 200:
        raise InputError("intitulé du module vide ou trop long (200 caractères au plus)", param="title")
    if len(description) > _MAX_DESCRIPTION:
        raise InputError(
            f"description trop longue ({_MAX_DESCRIPTION} caractères au plus)", param="description"
        )
    if not MIN_VALIDITY_MONTHS <= validity_months <= MAX_VALIDITY_MONTHS:
        raise InputError(
            f"durée de validité attendue entre {MIN_VALIDITY_MONTHS} et {MAX_VALIDITY_MONTHS} mois",
            param="validity_months",
        )
    return title, description


def _module_row(session: Session, module_id: int) -> TrainingModule:
    module = session.get(TrainingModule, module_id)
    if module is None:
        raise NotFound(f"module de formation n°{module_id} inconnu", code="module_not_found")
    return module


def _view(module: TrainingModule) -> ModuleView:
    return ModuleView(
        id=module.id,
        title=module.title,
        description=module.description,
        validity_months=module.validity_months,
        active=module.active,
        mandatory_for=tuple(sorted((Role(r.role) for r in module.roles), key=list(Role).index)),
    )


def _title_taken(session: Session, title: str, but: int | None = None) -> bool:
    query = select(TrainingModule.id).where(func.lower(TrainingModule.title) == title.lower())
    if but is not None:
        query = query.where(TrainingModule.id != but)
    return session.scalar(query.limit(1)) is not None


def add_module(
    session: Session,
    *,
    title: str,
    validity_months: int,
    description: str = "",
    mandatory_for: Iterable[Role | str] = (),
    actor_user_id: int | None = None,
) -> ModuleView:
    """Create a training module (mandatory for the roles given: they must complete it to use égide)."""
    title, description = _checked(title, description, validity_months)
    roles = _roles(mandatory_for)
    if _title_taken(session, title):
        raise Conflict("un module de formation porte déjà cet intitulé")
    module = TrainingModule(
        title=title, description=description, validity_months=validity_months, active=True
    )
    module.roles = [TrainingModuleRole(role=role.value) for role in roles]
    session.add(module)
    session.flush()
    append_events(
        session,
        TrainingModuleAdded(
            actor_user_id=actor_user_id,
            module_id=module.id,
            validity_months=validity_months,
            mandatory_for=[r.value for r in roles],
        ),
    )
    return _view(module)


def update_module(
    session: Session,
    module_id: int,
    *,
    title: str | None = None,
    description: str | None = None,
    validity_months: int | None = None,
    mandatory_for: Iterable[Role | str] | None = None,
    actor_user_id: int | None = None,
) -> ModuleView:
    """Change what is given (None: unchanged). Making a module mandatory binds at once: people of
    those roles without a valid record of it are refused by the gateway on their next request."""
    module = _module_row(session, module_id)
    new_title, new_description = _checked(
        module.title if title is None else title,
        module.description if description is None else description,
        module.validity_months if validity_months is None else validity_months,
    )
    new_roles = _view(module).mandatory_for if mandatory_for is None else _roles(mandatory_for)
    if _title_taken(session, new_title, but=module.id):
        raise Conflict("un module de formation porte déjà cet intitulé")
    fields = [
        name
        for name, changed in (
            ("title", new_title != module.title),
            ("description", new_description != module.description),
            ("validity_months", validity_months is not None and validity_months != module.validity_months),
            ("mandatory_for", new_roles != _view(module).mandatory_for),
        )
        if changed
    ]
    if not fields:
        return _view(module)
    module.title, module.description = new_title, new_description
    if validity_months is not None:
        module.validity_months = validity_months
    if "mandatory_for" in fields:
        # A role kept is the same primary key: SQLAlchemy turns its delete and insert into one row.
        module.roles = [TrainingModuleRole(role=r.value) for r in new_roles]
    session.flush()
    append_events(
        session,
        TrainingModuleChanged(
            actor_user_id=actor_user_id,
            module_id=module.id,
            fields=fields,
            validity_months=module.validity_months,
            mandatory_for=[r.value for r in new_roles],
        ),
    )
    return _view(module)


def retire_module(session: Session, module_id: int, *, actor_user_id: int | None = None) -> ModuleView:
    """Stop offering a module: it binds no one any more; its records stay as evidence."""
    module = _module_row(session, module_id)
    if module.active:
        module.active = False
        session.flush()
        append_events(session, TrainingModuleRetired(actor_user_id=actor_user_id, module_id=module.id))
    return _view(module)


def list_modules(session: Session, *, include_retired: bool = True) -> list[ModuleView]:
    query = select(TrainingModule).order_by(TrainingModule.active.desc(), TrainingModule.title)
    if not include_retired:
        query = query.where(TrainingModule.active.is_(True))
    return [_view(module) for module in session.scalars(query).all()]


def find_module(session: Session, id_or_title: str) -> ModuleView:
    """A module by number or exact title (case ignored)."""
    text = id_or_title.strip()
    if text.isdigit():
        return _view(_module_row(session, int(text)))
    module = session.scalars(
        select(TrainingModule).where(func.lower(TrainingModule.title) == text.lower())
    ).first()
    if module is None:
        raise NotFound("module de formation inconnu", code="module_not_found")
    return _view(module)


def record_training(
    session: Session,
    user_id: int,
    *,
    completed_on: date,
    valid_until: date | None = None,
    title: str = "Formation à l'usage de l'IA générative",
    module_id: int | None = None,
    actor_user_id: int | None = None,
) -> int:
    """Record a completed training; returns the record id.

    With ``module_id`` the title and the validity are the module's (``valid_until`` may not be
    given then); without, the title given and ``valid_until`` (three years by default).
    """
    user = user_row(session, user_id)
    if user.role == Role.APPLICATION.value:
        raise InputError("un compte d'application ne suit pas de formation", param="user")
    if completed_on > today():
        raise InputError("date de formation dans le futur", param="completed_on")
    if module_id is not None:
        module = _module_row(session, module_id)
        if not module.active:
            raise Conflict("ce module de formation est retiré : on ne peut plus l'enregistrer")
        if valid_until is not None:
            raise InputError("la validité est celle du module", param="valid_until")
        title, valid_until = module.title, add_months(completed_on, module.validity_months)
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
        module_id=module_id,
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
            module_id=module_id,
        ),
    )
    return record.id


def training_records(session: Session, user_id: int) -> list[RecordView]:
    """A person's training records, most recent first."""
    rows = session.scalars(
        select(TrainingRecord)
        .where(TrainingRecord.user_id == user_id)
        .order_by(TrainingRecord.completed_on.desc(), TrainingRecord.id.desc())
    ).all()
    return [RecordView(r.id, r.user_id, r.module_id, r.title, r.completed_on, r.valid_until) for r in rows]


def _mandatory_module_ids(session: Session, role: str) -> list[int]:
    return list(
        session.scalars(
            select(TrainingModuleRole.module_id)
            .join(TrainingModule, TrainingModule.id == TrainingModuleRole.module_id)
            .where(TrainingModule.active.is_(True), TrainingModuleRole.role == role)
        ).all()
    )


def module_statuses(session: Session, user_id: int, on: date | None = None) -> list[ModuleStatus]:
    """Each active module (mandatory ones first) with where the person stands on ``on`` (today)."""
    on = on or today()
    user = user_row(session, user_id)
    mandatory = set(_mandatory_module_ids(session, user.role))
    records = training_records(session, user_id)
    statuses = []
    for module in list_modules(session, include_retired=False):
        own = [r for r in records if r.module_id == module.id and r.completed_on <= on]
        valid = [r.valid_until for r in own if r.valid_until >= on]
        statuses.append(
            ModuleStatus(
                module=module,
                mandatory=module.id in mandatory,
                valid_until=max(valid) if valid else None,
                last_completed_on=max((r.completed_on for r in own), default=None),
            )
        )
    return sorted(statuses, key=lambda s: (not s.mandatory, s.module.title.lower()))


def trained_until(session: Session, user_id: int, on: date | None = None) -> date | None:
    """Until when the person stays trained from ``on`` (today) on, with the records they hold; None if
    they are not trained that day. The rule is :mod:`egide.governance.gate`'s: with mandatory modules
    for the role, the earliest end among them; without, the latest end of any valid record."""
    on = on or today()
    user = session.get(User, user_id)
    if user is None:
        return None
    valid = session.execute(
        select(TrainingRecord.module_id, func.max(TrainingRecord.valid_until))
        .where(
            TrainingRecord.user_id == user_id,
            TrainingRecord.completed_on <= on,
            TrainingRecord.valid_until >= on,
        )
        .group_by(TrainingRecord.module_id)
    ).all()
    if not valid:
        return None
    mandatory = _mandatory_module_ids(session, user.role)
    if not mandatory:
        return max(end for _, end in valid)
    ends = {module_id: end for module_id, end in valid if module_id is not None}
    if any(module_id not in ends for module_id in mandatory):
        return None
    return min(ends[module_id] for module_id in mandatory)
