"""Rendering a console page: Jinja2 (autoescaped), the layout's nav for the role, the CSRF field.

``render(request, "area/page.html", {...})`` gives every template ``user`` (or None), ``nav`` (the
areas this role may open), ``base`` (the console's URL prefix), ``csrf_field()`` and ``csrf_token``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from egide.console.access import CSRF_FIELD, expected_csrf_token, services, signed_in, visitor_id
from egide.governance.types import Role

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
PARIS = ZoneInfo("Europe/Paris")

ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: "Administration (DSIH)",
    Role.DPO: "Délégué à la protection des données",
    Role.RSSI: "Sécurité des systèmes d'information",
    Role.REFERENT: "Référent médical",
    Role.PROFESSIONAL: "Professionnel",
    Role.APPLICATION: "Application",
}


@dataclass(frozen=True)
class NavItem:
    """An area in the layout's navigation; shown only to ``roles``."""

    label: str
    path: str
    roles: frozenset[Role]
    #: What this area lets a person do, for the home page.
    summary: str = ""


def when(value: datetime | None) -> str:
    """A timestamp as a person in France reads it: « 05/12/2026 à 17:42 »."""
    if value is None:
        return "—"
    return value.astimezone(PARIS).strftime("%d/%m/%Y à %H:%M")


TEMPLATES.env.filters["when"] = when
TEMPLATES.env.globals["ROLE_LABELS"] = ROLE_LABELS


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, *, status_code: int = 200
) -> HTMLResponse:
    from egide.console.pages import NAV

    user = signed_in(request)
    token = expected_csrf_token(request)
    field = Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, escape(token))
    values: dict[str, Any] = {
        "user": user,
        "nav": [item for item in NAV if user is not None and user.role in item.roles],
        "base": request.scope.get("root_path", ""),
        "csrf_token": token,
        "csrf_field": lambda: field,
        "current_path": request.url.path,
        **(context or {}),
    }
    response = TEMPLATES.TemplateResponse(request, template, values, status_code=status_code)
    response.headers["cache-control"] = "no-store"
    if user is None and getattr(request.state, "visitor_new", False):
        console = services(request)
        response.set_cookie(
            console.visitor_cookie,
            visitor_id(request),
            httponly=True,
            secure=console.cookie_secure,
            samesite="lax",
            path="/",
        )
    return response
