"""Who looks after whom: the people, their training and the evidence about them.

- Administrators and the DPO manage everyone: import people, set services, declare modules, record
  trainings, export the evidence. Naming or removing an administrator is for administrators.
- A referent looks after the people of their own service (the service on their account): sees
  them and their coverage, and records their trainings. A referent without a service sees no one.
- Everyone else (RSSI, professionals) sees only themselves (their trainings, the charter).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from egide.errors import AccessDenied
from egide.governance.rows import user_row
from egide.governance.types import Role

#: The roles that manage every person and the training modules.
MANAGERS: tuple[Role, ...] = (Role.ADMIN, Role.DPO)
#: The roles that record trainings (a referent for their own service only).
RECORDERS: tuple[Role, ...] = (Role.ADMIN, Role.DPO, Role.REFERENT)


@dataclass(frozen=True)
class Stewardship:
    """Whose records an account may see and change."""

    everyone: bool
    #: For a referent: their service (None: no service, so no one).
    service: str | None = None

    def covers(self, service: str | None) -> bool:
        return self.everyone or (self.service is not None and service == self.service)


def stewardship(session: Session, actor_user_id: int) -> Stewardship:
    actor = user_row(session, actor_user_id)
    if not actor.active:
        return Stewardship(everyone=False)
    if actor.role in {r.value for r in MANAGERS}:
        return Stewardship(everyone=True)
    if actor.role == Role.REFERENT.value:
        return Stewardship(everyone=False, service=actor.service)
    return Stewardship(everyone=False)


def ensure_steward_of(session: Session, actor_user_id: int, user_id: int) -> None:
    """Raise :class:`AccessDenied` unless the actor looks after this person (or is this person)."""
    if actor_user_id == user_id:
        return
    person = user_row(session, user_id)
    if not stewardship(session, actor_user_id).covers(person.service):
        raise AccessDenied("cette personne n'est pas de votre ressort", code="not_your_service")
