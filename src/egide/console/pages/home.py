"""The home page: who is signed in, and what their role lets them do here."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from egide.console.access import PERSON_ROLES, ConsoleUser, require
from egide.console.templating import NavItem, render

router = APIRouter()

NAV = NavItem("Accueil", "/", PERSON_ROLES)


@router.get("/")
def home(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    from egide.console.pages import NAV as AREAS

    areas = [item for item in AREAS if user.role in item.roles and item.summary]
    return render(request, "home/index.html", {"areas": areas})
