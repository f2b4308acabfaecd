"""The dashboard « Estimer » (issue 10): charts over days and weeks, filters by period and service,
each chart's numbers as a table and as CSV.

Who opens it: the administrator (DSIH), the DPO, the RSSI and the medical referents — those who
govern the tools, answer for the data and lead the teams' training. Not the professionals: it
counts the use of whole services. It shows counts only, never text and never a person's name; the
queries and the rules are ``egide.dashboard``'s and ``egide.governance``'s, this page reads the
filters and draws. Downloading a chart's data is an audit event (``dashboard.exported``).
"""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from egide.audit import append_events
from egide.console.access import ConsoleUser, require, services
from egide.console.templating import PARIS, NavItem, render
from egide.dashboard import (
    CHART_KEYS,
    NO_SERVICE,
    Filters,
    chart,
    dashboard,
    period_of,
    service_names,
    table,
    to_csv,
)
from egide.dashboard import render as draw
from egide.dashboard.events import DashboardExported
from egide.errors import InputError, NotFound
from egide.governance import Role

router = APIRouter()

#: Who opens the dashboard (see above).
READERS = (Role.ADMIN, Role.DPO, Role.RSSI, Role.REFERENT)

NAV = NavItem(
    "Tableau de bord",
    "/dashboard",
    frozenset(READERS),
    "Suivre l'usage de l'IA : requêtes, blocages, formation, IA non approuvées, vérifications.",
)
#: Periods offered as links beside the form: (label, days up to today).
PRESETS = (("7 jours", 7), ("28 jours", 28), ("90 jours", 90), ("12 mois", 365))
#: The service filter's value for people without a service (an empty value means every service).
WITHOUT_SERVICE = "(aucun)"
FILTERS = ("debut", "fin", "par", "service")


def _today(request: Request) -> date:
    return services(request).clock().astimezone(PARIS).date()


def _filters(request: Request) -> Filters:
    """The filters of the query string, checked (:class:`InputError` names the one that is wrong)."""
    query = request.query_params
    period = period_of(
        today=_today(request),
        zone=PARIS.key,
        start=query.get("debut"),
        end=query.get("fin"),
        granularity=query.get("par"),
    )
    service = query.get("service") or None
    return Filters(period, service=NO_SERVICE if service == WITHOUT_SERVICE else service)


def _query(request: Request, **changes: str) -> str:
    """The filters as a query string (« ?debut=…&service=… »), with ``changes``."""
    kept = {k: v for k in FILTERS if (v := changes.get(k, request.query_params.get(k, "")))}
    return "?" + urlencode(kept) if kept else ""


@router.get("/dashboard")
def dashboard_page(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    today = _today(request)
    error = None
    try:
        filters = _filters(request)
    except InputError as exc:  # a mistyped date: the default period, and why
        error = f"Filtres ignorés : {exc.message}."
        filters = Filters(period_of(today=today, zone=PARIS.key))
    with services(request).database.session() as session:
        shown = dashboard(session, filters)
        names = service_names(session)
    base = request.scope.get("root_path", "")
    presets = [
        (
            label,
            f"{base}/dashboard"
            + _query(request, debut=(today - timedelta(days=days - 1)).isoformat(), fin="", par=""),
        )
        for label, days in PRESETS
    ]
    service_label = "sans service" if filters.service == NO_SERVICE else filters.service
    return render(
        request,
        "dashboard/index.html",
        {
            "shown": shown,
            "error": error,
            "today": today.isoformat(),
            "form": {
                "debut": filters.period.start.isoformat(),
                "fin": filters.period.end.isoformat(),
                "par": request.query_params.get("par", "") if error is None else "",
                "service": request.query_params.get("service", "") if error is None else "",
            },
            # The filter is offered once the registry records services.
            "service_choices": [(name, name) for name in names] + [(WITHOUT_SERVICE, "sans service")]
            if names
            else [],
            "service_label": service_label,
            "presets": presets,
            "query": _query(request) if error is None else "",
            "draw": draw,
            "table": table,
        },
    )


@router.get("/dashboard/{key}.csv")
def dashboard_csv(request: Request, key: str, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    if key not in CHART_KEYS:
        raise NotFound("graphique inconnu")
    filters = _filters(request)  # a wrong filter is a 400 here: a file must say what it holds
    console = services(request)
    with console.database.session() as session:
        found = chart(session, filters, key)
    # Written apart: the counting may take seconds, the gateway's writers must not wait for it.
    with console.database.session(write=True) as session:
        append_events(
            session,
            DashboardExported(
                occurred_at=console.clock(),
                actor_user_id=user.user_id,
                chart=key,
                start=filters.period.start,
                end=filters.period.end,
                granularity=filters.period.granularity.value,
                service=filters.service,
            ),
        )
    period = f"{filters.period.start.isoformat()}_{filters.period.end.isoformat()}"
    return Response(
        to_csv(found),
        media_type="text/csv; charset=utf-8",
        headers={
            "content-disposition": f'attachment; filename="{key}_{period}.csv"',
            "cache-control": "no-store",
        },
    )
