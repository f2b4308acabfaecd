"""Training and charter coverage (« Apprendre »), from ``egide.governance.training_coverage``.

The share of people the gateway lets through — valid mandatory training and the charter in force
accepted — at the end of each day or week of the period (lines), and each service's people on the
period's last day in four exact parts (bars). The rule is governance's, the gateway's own gate:
this module calls it once per point and draws.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy.orm import Session

from egide.dashboard.chart import Chart, Series, Shape, over_time, ranking
from egide.dashboard.period import Granularity
from egide.dashboard.trail import Filters
from egide.dashboard.words import service_name
from egide.governance import NO_SERVICE, Coverage, ServiceCoverage, training_coverage


def _of(coverage: Coverage, service: str | None) -> ServiceCoverage | None:
    """The counts of the service filtered on (None: everyone); None when it counts nobody that day."""
    if service is None:
        return coverage.overall
    return coverage.service(None if service == NO_SERVICE else service)


SHARES: tuple[tuple[str, str, Callable[[ServiceCoverage], float | None]], ...] = (
    ("formées et charte acceptée", "pseudonymise", lambda c: c.covered_share),
    ("formées", "allow", lambda c: c.trained_share),
    ("charte acceptée", "partial", lambda c: c.charter_share),
)


def coverage_over_time(session: Session, filters: Filters) -> Chart:
    """Shares on the last day of each bucket (the period's end for the last one)."""
    period = filters.period
    last = timedelta(days=6 if period.granularity is Granularity.WEEK else 0)
    points = [
        _of(training_coverage(session, min(b + last, period.end)), filters.service) for b in period.buckets()
    ]
    return over_time(
        "formation-dans-le-temps",
        f"Personnes formées et engagées par la charte, fin de chaque {period.granularity.value}",
        "Part des personnes (comptes actifs, hors applications) ayant leur formation obligatoire valide "
        "et la charte en vigueur acceptée : la règle même de la passerelle.",
        period,
        tuple(
            Series(
                name,
                tuple(round(100 * share, 1) if p and (share := get(p)) is not None else 0.0 for p in points),
                colour=colour,
            )
            for name, colour, get in SHARES
        ),
        shape=Shape.LINES,
        unit="%",
    )


#: Each service's people in four parts that add up to them.
PARTS: tuple[tuple[str, str, Callable[[ServiceCoverage], int]], ...] = (
    ("formées et charte acceptée", "pseudonymise", lambda s: s.covered),
    ("formées, charte à accepter", "allow", lambda s: s.trained - s.covered),
    ("charte acceptée, formation manquante", "partial", lambda s: s.charter_accepted - s.covered),
    ("ni formation ni charte", "block", lambda s: s.people - s.trained - s.charter_accepted + s.covered),
)


def coverage_by_service(session: Session, filters: Filters) -> Chart:
    """Each service's people on the period's last day, by training and charter."""
    day = filters.period.end
    coverage = training_coverage(session, day)
    wanted = None if filters.service is None else (None if filters.service == NO_SERVICE else filters.service)
    rows = [s for s in coverage.services if filters.service is None or s.service == wanted]
    return ranking(
        "formation-par-service",
        f"Formation et charte par service, le {day:%d/%m/%Y}",
        "Personnes de chaque service selon leur formation obligatoire et leur acceptation de la charte "
        "en vigueur (comptes actifs, hors applications).",
        "service",
        tuple(service_name(s.service) for s in rows),
        tuple(
            Series(name, tuple(float(count(s)) for s in rows), colour=colour) for name, colour, count in PARTS
        ),
    )
