"""The console's areas: one router per module, each listed once in :data:`ROUTERS`.

:data:`NAV` is what the layout's navigation offers (each item shown only to its roles); the home
page lists the same items as « what you can do here ».
"""

from __future__ import annotations

from fastapi import APIRouter

from egide.console.pages import account, assistant, auth, compliance, dashboard, home, me, oidc, people, tools
from egide.console.templating import NavItem

ROUTERS: list[APIRouter] = [
    auth.router,
    oidc.router,
    home.router,
    assistant.router,
    tools.router,
    compliance.router,
    people.router,
    me.router,
    dashboard.router,
    account.router,
]

NAV: list[NavItem] = [
    home.NAV,
    assistant.NAV,
    tools.NAV,
    compliance.NAV,
    dashboard.NAV,
    people.NAV,
    me.NAV,
    account.NAV,
]
