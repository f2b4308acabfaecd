"""The dashboard « Estimer »: sections of charts and a few headline figures for a period and a service.

:func:`dashboard` builds the whole page; :func:`chart` builds one chart (its CSV export), running
only the queries that chart needs. Everything is counted from the audit trail, the people registry
and the stored shadow-AI scans: counts, never text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy.orm import Session

from egide.dashboard import activity
from egide.dashboard.chart import Chart
from egide.dashboard.coverage import coverage_by_service, coverage_over_time
from egide.dashboard.discovery import Discovery, discovery
from egide.dashboard.svg import number
from egide.dashboard.trail import Filters, GatewayCounts
from egide.dashboard.verification import VERDICTS, verifications_by_tool, verifications_over_time
from egide.dashboard.words import action_name
from egide.errors import NotFound


@dataclass(frozen=True)
class Figure:
    """A headline number: « 1 234 » « requêtes décidées »."""

    value: str
    label: str


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    charts: tuple[Chart, ...]


@dataclass(frozen=True)
class Dashboard:
    filters: Filters
    #: The headline numbers, shown at the top of the page.
    figures: tuple[Figure, ...]
    sections: tuple[Section, ...]

    def chart(self, key: str) -> Chart:
        for section in self.sections:
            for found in section.charts:
                if found.key == key:
                    return found
        raise NotFound(f"graphique inconnu : {key[:60]}")


class Sources:
    """What the charts are drawn from, each read once and only when a chart needs it."""

    def __init__(self, session: Session, filters: Filters) -> None:
        self.session = session
        self.filters = filters
        self.counts = GatewayCounts(session, filters)

    @cached_property
    def tools(self) -> dict[int, str]:
        return activity.tool_names(self.session)

    @cached_property
    def services(self) -> dict[int, str | None]:
        return activity.services_of_people(self.session)

    @cached_property
    def shadow(self) -> Discovery:
        return discovery(self.session, self.filters)


Draw = Callable[[Sources], Chart]

#: Every chart by section, in page order: its key (anchor and CSV name) and how it is drawn.
SECTIONS: tuple[tuple[str, str, dict[str, Draw]], ...] = (
    (
        "requetes",
        "Requêtes passées par égide",
        {
            "requetes-par-decision": lambda s: activity.decisions_over_time(s.counts, s.filters),
            "requetes-par-outil": lambda s: activity.by_tool(s.counts, s.tools),
            "requetes-par-modele": lambda s: activity.by_model(s.counts, s.tools),
            "requetes-par-service": lambda s: activity.by_service(s.counts, s.services),
            "blocages-par-categorie": lambda s: activity.blocked_by_category(s.counts),
            "refus-par-motif": lambda s: activity.refusals_by_reason(s.counts),
        },
    ),
    (
        "formation",
        "Formation et charte",
        {
            "formation-dans-le-temps": lambda s: coverage_over_time(s.session, s.filters),
            "formation-par-service": lambda s: coverage_by_service(s.session, s.filters),
        },
    ),
    (
        "shadow",
        "IA utilisées hors d'égide (journaux du proxy)",
        {
            "shadow-par-jour": lambda s: s.shadow.charts[0],
            "shadow-destinations": lambda s: s.shadow.charts[1],
            "shadow-nouvelles-destinations": lambda s: s.shadow.charts[2],
            "shadow-services": lambda s: s.shadow.charts[3],
        },
    ),
    (
        "assistant",
        "Vérification des réponses de l'assistant",
        {
            "verifications-assistant": lambda s: verifications_over_time(s.session, s.filters),
            "verifications-par-outil": lambda s: verifications_by_tool(s.session, s.filters, s.tools),
        },
    ),
)
CHART_KEYS: dict[str, Draw] = {key: draw for _, _, charts in SECTIONS for key, draw in charts.items()}


def _share(part: float, whole: float) -> str:
    return "—" if not whole else number(round(100 * part / whole, 1), "%")


def _covered(shares: Chart) -> Figure:
    last = shares.series[0].values[-1] if shares.categories else 0.0
    return Figure(number(last, "%"), "des personnes formées et engagées par la charte")


def _figures(sources: Sources, shown: Dashboard) -> tuple[Figure, ...]:
    counts = sources.counts
    decided = sum(counts.by_time.values())
    by_action = shown.chart("requetes-par-decision")
    figures = [
        Figure(number(decided), "requêtes décidées"),
        Figure(_share(by_action.total(action_name("pseudonymise")), decided), "pseudonymisées"),
        Figure(number(by_action.total(action_name("block"))), "bloquées par la politique"),
        Figure(number(sum(counts.refusals.values())), "refusées avant la politique"),
        _covered(shown.chart("formation-dans-le-temps")),
        Figure(number(sources.shadow.unapproved), "destinations d'IA non approuvées (proxy)"),
    ]
    judged = shown.chart("verifications-assistant")
    verdicts = sum(sum(s.values) for s in judged.series)
    figures.append(
        Figure(_share(judged.total(VERDICTS["verified"]), verdicts), "réponses de l'assistant vérifiées")
    )
    return tuple(figures)


def dashboard(session: Session, filters: Filters) -> Dashboard:
    """Every section for the period and the service, and the headline figures."""
    sources = Sources(session, filters)
    sections = tuple(
        Section(key, title, tuple(draw(sources) for draw in charts.values()))
        for key, title, charts in SECTIONS
    )
    shown = Dashboard(filters, (), sections)
    return Dashboard(filters, _figures(sources, shown), sections)


def chart(session: Session, filters: Filters, key: str) -> Chart:
    """One chart, what its CSV export writes (only its own queries run)."""
    draw = CHART_KEYS.get(key)
    if draw is None:
        raise NotFound(f"graphique inconnu : {key[:60]}")
    return draw(Sources(session, filters))
