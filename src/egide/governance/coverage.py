"""Who is trained and bound by the charter, person by person and counted by service.

:func:`training_coverage` is what the dashboard and the compliance evidence call: the share of
people with valid mandatory training and the charter in force accepted, by service and overall,
on a day. It evaluates the gateway's own rule (:mod:`egide.governance.gate`) in one query, so the
share shown is the share the gateway lets through.

Who counts: active accounts of people (every role but ``application``) created by the end of that
day. Roles, services and deactivations are today's (the registry keeps no history of them); the
training records and charter acceptances are read as they stood that day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from egide.governance.gate import accepted, charter_in_force, end_of, trained
from egide.governance.rows import today
from egide.governance.types import Role
from egide.store.models.governance import Charter, User

#: Filter value for « people without a service » (``service=None`` means every service).
NO_SERVICE = ""


@dataclass(frozen=True)
class PersonState:
    """A person with the gate's two answers on a day."""

    user_id: int
    name: str
    email: str
    role: Role
    service: str | None
    active: bool
    trained: bool
    accepted: bool

    @property
    def covered(self) -> bool:
        """Trained and bound by the charter: the gateway lets this person through (if active)."""
        return self.trained and self.accepted


@dataclass(frozen=True)
class ServiceCoverage:
    """Counts for one service (``service`` None: people without one; in :attr:`Coverage.overall`, all)."""

    service: str | None
    people: int
    trained: int
    charter_accepted: int
    #: Both: valid mandatory training and the charter in force accepted.
    covered: int

    @staticmethod
    def _share(count: int, people: int) -> float | None:
        return count / people if people else None

    @property
    def trained_share(self) -> float | None:
        """Between 0 and 1; None when the service counts nobody."""
        return self._share(self.trained, self.people)

    @property
    def charter_share(self) -> float | None:
        return self._share(self.charter_accepted, self.people)

    @property
    def covered_share(self) -> float | None:
        return self._share(self.covered, self.people)


@dataclass(frozen=True)
class Coverage:
    on: date
    #: Version of the charter in force that day (None: none published yet, so nobody has accepted).
    charter_version: str | None
    overall: ServiceCoverage
    #: One entry per service, by name, people without a service last.
    services: tuple[ServiceCoverage, ...]

    def service(self, name: str | None) -> ServiceCoverage | None:
        return next((s for s in self.services if s.service == name), None)


def person_states(
    session: Session,
    on: date | None = None,
    *,
    service: str | None = None,
    include_inactive: bool = False,
    user_ids: Iterable[int] | None = None,
) -> list[PersonState]:
    """People (not application accounts) with whether they are trained and bound by the charter on
    ``on`` (today), by name. ``service``: only that service (:data:`NO_SERVICE`: those without)."""
    day = on or today()
    cutoff = end_of(day)
    query = (
        select(
            User.id,
            User.name,
            User.email,
            User.role,
            User.service,
            User.active,
            trained(User.id, User.role, bindparam("day", day)),
            accepted(User.id, cutoff),
        )
        .where(User.role != Role.APPLICATION.value, User.created_at <= cutoff)
        .order_by(func.lower(User.name), User.id)
    )
    if not include_inactive:
        query = query.where(User.active.is_(True))
    if service == NO_SERVICE:
        query = query.where(User.service.is_(None))
    elif service is not None:
        query = query.where(User.service == service)
    if user_ids is not None:
        query = query.where(User.id.in_(list(user_ids)))
    return [
        PersonState(row[0], row[1], row[2], Role(row[3]), row[4], bool(row[5]), bool(row[6]), bool(row[7]))
        for row in session.execute(query).all()
    ]


def _count(service: str | None, people: list[PersonState]) -> ServiceCoverage:
    return ServiceCoverage(
        service=service,
        people=len(people),
        trained=sum(p.trained for p in people),
        charter_accepted=sum(p.accepted for p in people),
        covered=sum(p.covered for p in people),
    )


def training_coverage(session: Session, on: date | None = None) -> Coverage:
    """The share of people with valid mandatory training and the charter in force accepted, by
    service and overall, on ``on`` (today). Read-only; one query for the people, one for the charter."""
    day = on or today()
    people = person_states(session, day)
    by_service: dict[str | None, list[PersonState]] = defaultdict(list)
    for person in people:
        by_service[person.service].append(person)
    names = sorted((s for s in by_service if s is not None), key=str.lower)
    services = [_count(name, by_service[name]) for name in names]
    if None in by_service:
        services.append(_count(None, by_service[None]))
    version = session.scalar(select(Charter.version).where(Charter.id == charter_in_force(end_of(day))))
    return Coverage(on=day, charter_version=version, overall=_count(None, people), services=tuple(services))


def services(session: Session) -> list[str]:
    """The services people belong to, by name."""
    names = session.scalars(select(User.service).where(User.service.is_not(None)).distinct()).all()
    return sorted((n for n in names if n), key=str.lower)
