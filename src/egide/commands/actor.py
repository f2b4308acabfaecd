"""Who acts: every administrative command names the égide account it acts as.

On a shell there is no login page: ``--as EMAIL`` (or ``EGIDE_AS``) names the account, which must be
active and hold one of the roles the command admits; the operating-system account that typed it
is recorded beside it (``admin.command``). A refusal is recorded too (``admin.command_refused``),
then raised. The action's own event carries the account as its actor, in the same transaction.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.errors import AccessDenied, EgideError, InputError
from egide.governance.events import AdministrativeCommand, AdministrativeCommandRefused
from egide.governance.people import find_user
from egide.governance.types import Role

AsOption = Annotated[
    str | None,
    typer.Option(
        "--as",
        envvar="EGIDE_AS",
        help="Numéro ou e-mail du compte égide qui agit (ou la variable EGIDE_AS) ; tracé avec le compte système.",
    ),
]

ADMIN: tuple[Role, ...] = (Role.ADMIN,)
#: The kill switch: an administrator or the RSSI may suspend a tool.
SECURITY: tuple[Role, ...] = (Role.ADMIN, Role.RSSI)


def os_user() -> str:
    try:
        return getpass.getuser()[:120]
    except (KeyError, OSError):  # no name for this uid (containers)
        return "inconnu"


def act_as(session: Session, who: str | None, command: str, roles: Iterable[Role]) -> int:
    """The id of the account acting, checked; records the command or its refusal in the journal."""
    admitted = tuple(roles)
    if who is None or not who.strip():
        names = ", ".join(role.value for role in admitted)
        raise InputError(f"qui agit ? --as EMAIL (ou EGIDE_AS) : un compte actif de rôle {names}", param="as")
    try:
        user = find_user(session, who.strip())
    except EgideError:
        _refuse(session, None, command, "unknown_account")
        raise AccessDenied(f"--as : aucun compte égide « {who.strip()} »", code="unknown_account") from None
    if not user.active:
        _refuse(session, user.id, command, "inactive_account")
        raise AccessDenied("--as : ce compte est désactivé", code="inactive_account")
    if user.role not in {role.value for role in admitted}:
        _refuse(session, user.id, command, "role_not_allowed")
        names = ", ".join(role.value for role in admitted)
        raise AccessDenied(f"--as : le rôle {user.role} ne permet pas « {command} » (rôles : {names})")
    append_events(session, AdministrativeCommand(actor_user_id=user.id, command=command, os_user=os_user()))
    return user.id


def _refuse(session: Session, actor: int | None, command: str, reason: str) -> None:
    # act_as runs first in the command's transaction, so nothing else is pending: committing here
    # keeps the refusal when the caller's session rolls back on the error raised next.
    append_events(
        session,
        AdministrativeCommandRefused(
            actor_user_id=actor, command=command, os_user=os_user(), reason_code=reason
        ),
    )
    session.commit()
