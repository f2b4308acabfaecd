"""Shadow-AI charts: what the latest stored proxy-log scan found, within the period and service.

Built on ``egide.shadow`` as it stands: the scan and its usage rows (``storage.get_scan``,
``storage.load_usage``), the views (``views.build``) and when each destination was first seen
across every stored scan (``storage.first_seen_by_host``). Rows carry pseudonyms; these charts
show destinations, services and counts only. The latest scan alone is read: two scans of the same
logs would otherwise count the same requests twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from egide.dashboard.chart import Chart, Series, over_time, ranking
from egide.dashboard.trail import Filters
from egide.errors import NotFound
from egide.shadow.classify import Kind
from egide.shadow.storage import ScanSummary, first_seen_by_host, get_scan, load_usage
from egide.shadow.views import KIND_LABELS, KIND_ORDER, Views, build

#: Destinations drawn at most, the busiest first (the CSV of the console's shadow page has them all).
TOP_DESTINATIONS = 20


@dataclass(frozen=True)
class Discovery:
    scan: ScanSummary | None
    charts: tuple[Chart, ...]
    #: Destinations of known AI services that are not approved, in the period and service.
    unapproved: int


def _kind_series(keys: list[object], counts: Counter[tuple[object, Kind]]) -> tuple[Series, ...]:
    return tuple(
        Series(KIND_LABELS[kind], tuple(float(counts[(key, kind)]) for key in keys), colour=kind.value)
        for kind in KIND_ORDER
    )


def _note(scan: ScanSummary | None) -> str:
    if scan is None:
        return "Aucune analyse des journaux du proxy enregistrée (« egide shadow scan »)."
    span = (
        f"journaux du {scan.period_start:%d/%m/%Y} au {scan.period_end:%d/%m/%Y}"
        if scan.period_start and scan.period_end
        else "période des journaux inconnue"
    )
    return f"Dernière analyse : {scan.finished_at:%d/%m/%Y} ({span})."


def discovery(session: Session, filters: Filters) -> Discovery:
    """The four shadow-AI charts for the period and service; empty charts before any scan."""
    period = filters.period
    try:
        scan: ScanSummary | None = get_scan(session)
    except NotFound:
        scan = None
    rows = load_usage(session, scan.id) if scan is not None else []
    kept = [
        row
        for row in rows
        if period.start <= row.day <= period.end
        and (filters.service is None or row.service == filters.service)
    ]
    views = build(kept)
    note = _note(scan)
    buckets = period.buckets()
    return Discovery(
        scan,
        (
            _over_time(views, filters, buckets, note),
            _destinations(views, note),
            _new_destinations(session, views, filters, buckets, note),
            _services(views, note),
        ),
        sum(1 for v in views.destinations if v.destination.kind is Kind.UNAPPROVED),
    )


def _over_time(views: Views, filters: Filters, buckets: list[date], note: str) -> Chart:
    period = filters.period
    counts: Counter[tuple[object, Kind]] = Counter()
    for day in views.days:
        for kind, n in day.by_kind.items():
            counts[(period.bucket(day.day), kind)] += n
    return over_time(
        "shadow-par-jour",
        f"Requêtes vers des services d'IA vus par le proxy, par {period.granularity.value}",
        "Requêtes vers des services d'IA relevées dans les journaux du proxy, selon leur statut.",
        period,
        _kind_series(list(buckets), counts),
        note,
    )


def _destinations(views: Views, note: str) -> Chart:
    shown = sorted(views.destinations, key=lambda v: (-v.requests, v.destination.host))[:TOP_DESTINATIONS]
    counts: Counter[tuple[object, Kind]] = Counter(
        {(v.destination.host, v.destination.kind): v.requests for v in shown}
    )
    hosts: list[object] = [v.destination.host for v in shown]
    return ranking(
        "shadow-destinations",
        "Destinations d'IA les plus sollicitées",
        f"Les {TOP_DESTINATIONS} destinations les plus demandées dans les journaux du proxy, selon leur statut.",
        "destination",
        tuple(str(h) for h in hosts),
        _kind_series(hosts, counts),
        note,
    )


def _new_destinations(
    session: Session, views: Views, filters: Filters, buckets: list[date], note: str
) -> Chart:
    """Destinations seen for the first time (across every stored scan) in each day or week."""
    period = filters.period
    kinds = {v.destination.host: v.destination.kind for v in views.destinations}
    counts: Counter[tuple[object, Kind]] = Counter()
    for host, first in first_seen_by_host(session).items():
        day = first.astimezone(period.zone).date()
        if host in kinds and period.start <= day <= period.end:
            counts[(period.bucket(day), kinds[host])] += 1
    return over_time(
        "shadow-nouvelles-destinations",
        "Nouvelles destinations d'IA",
        "Destinations vues pour la première fois dans les journaux du proxy (toutes analyses confondues).",
        period,
        _kind_series(list(buckets), counts),
        note,
    )


def _services(views: Views, note: str) -> Chart:
    counts: Counter[tuple[object, Kind]] = Counter()
    for v in views.services:
        for kind, n in v.by_kind.items():
            counts[(v.service, kind)] += n
    names: list[object] = [v.service for v in views.services]  # busiest first (views.build)
    return ranking(
        "shadow-services",
        "Requêtes vers des services d'IA, par service (proxy)",
        "Requêtes relevées dans les journaux du proxy, par service de l'annuaire, selon le statut de la destination.",
        "service",
        tuple(str(n) for n in names),
        _kind_series(names, counts),
        note,
    )
