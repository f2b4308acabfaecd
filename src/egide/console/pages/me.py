"""A person's own training and charter: where the gateway sends someone it refused.

``/me/training`` shows the modules required for one's role and where one stands; ``/me/charter``
shows the charter in force and lets the person accept it (``governance.accept_charter``, their own
``charter.accepted`` event). The gateway's refusals name these two pages (``egide.gateway.guidance``).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from egide.console.access import PERSON_ROLES, ConsoleUser, require, services
from egide.console.templating import NavItem, render
from egide.errors import Conflict
from egide.governance import (
    accept_charter,
    charter_acceptances,
    current_charter,
    has_accepted_current_charter,
    module_statuses,
    person_states,
    trained_until,
    training_records,
)

router = APIRouter()

NAV = NavItem(
    "Ma formation",
    "/me/training",
    PERSON_ROLES,
    "Voir vos formations obligatoires et leur validité ; lire et accepter la charte d'usage de l'IA.",
)
STATE_LABELS = {"valid": "valide", "expired": "expirée", "missing": "à suivre"}


@router.get("/me/training")
def my_training(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    with services(request).database.session() as session:
        [me] = person_states(session, include_inactive=True, user_ids=[user.user_id])
        context = {
            "me": me,
            "statuses": module_statuses(session, user.user_id),
            "records": training_records(session, user.user_id),
            "trained_until": trained_until(session, user.user_id),
            "state_labels": STATE_LABELS,
        }
    return render(request, "me/training.html", context)


@router.get("/me/charter")
def my_charter(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    with services(request).database.session() as session:
        context = {
            "charter": current_charter(session),
            "accepted": has_accepted_current_charter(session, user.user_id),
            "acceptances": charter_acceptances(session, user.user_id),
            "done": request.query_params.get("fait"),
        }
    return render(request, "me/charter.html", context)


@router.post("/me/charter")
def accept_my_charter(
    request: Request, charter_id: int = Form(...), user: ConsoleUser = Depends(require())
) -> Response:
    with services(request).database.session(write=True) as session:
        charter = current_charter(session)
        if charter is None or charter.id != charter_id:
            # A new version was published while the page was open: the person accepts what they read.
            raise Conflict("une nouvelle version de la charte a été publiée entre-temps : relisez-la")
        accept_charter(session, user.user_id, charter_id=charter_id, actor_user_id=user.user_id)
    return RedirectResponse(f"{request.scope.get('root_path', '')}/me/charter?fait=acceptee", status_code=303)
