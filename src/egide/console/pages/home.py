"""The home page: who is signed in, and what their role lets them do here."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from egide.console.access import PERSON_ROLES, ConsoleUser, require, services
from egide.console.pages.tools import READERS as TOOL_READERS
from egide.console.templating import NavItem, render
from egide.governance import alerts

router = APIRouter()

NAV = NavItem("Accueil", "/", PERSON_ROLES)


@router.get("/")
def home(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    from egide.console.pages import NAV as AREAS

    areas = [item for item in AREAS if user.role in item.roles and item.summary]
    found = []
    if user.role in TOOL_READERS:  # expiries and reviews to redo, for those who govern the tools
        console = services(request)
        with console.database.session() as session:
            found = alerts(session, within_days=console.alert_days)
    return render(request, "home/index.html", {"areas": areas, "alerts": found})
