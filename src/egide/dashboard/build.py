"""The dashboard « Estimer »: sections of charts and a few headline figures for a period and a service.

:func:`dashboard` builds the whole page; :func:`chart` builds one chart's section only (the CSV
export of that chart). Everything is counted from the audit trail, the people registry and the
stored shadow-AI scans: counts, never text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from egide.dashboard import activity
from egide.dashboard.chart import Chart
from egide.dashboard.discovery import discovery
from egide.dashboard.svg import number
from egide.dashboard.trail import Filters, gateway_counts
from egide.dashboard.verification import VERDICTS, verification_declared, verifications
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
    #: The section's headline numbers, shown at the top of the page.
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Dashboard:
    filters: Filters
    figures: tuple[Figure, ...]
    sections: tuple[Section, ...]

    def chart(self, key: str) -> Chart:
        for section in self.sections:
            for found in section.charts:
                if found.key == key:
                    return found
        raise NotFound(f"graphique inconnu : {key[:60]}")


def _share(part: float, whole: float) -> str:
    return "—" if not whole else number(round(100 * part / whole, 1), "%")


def _requests(session: Session, filters: Filters) -> Section:
    counts = gateway_counts(session, filters)
    tools = activity.tool_names(session)
    decided = activity.decisions_over_time(counts, filters)
    total = sum(counts.by_time.values())
    blocked = decided.total(action_name("block"))
    return Section(
        "requetes",
        "Requêtes passées par égide",
        (
            decided,
            activity.by_tool(counts, tools),
            activity.by_model(counts, tools),
            activity.blocked_by_category(counts),
            activity.refusals_by_reason(counts),
        ),
        (
            Figure(number(total), "requêtes décidées"),
            Figure(_share(decided.total(action_name("pseudonymise")), total), "pseudonymisées"),
            Figure(number(blocked), "bloquées par la politique"),
            Figure(number(sum(counts.refusals.values())), "refusées avant la politique"),
        ),
    )


def _shadow(session: Session, filters: Filters) -> Section:
    found = discovery(session, filters)
    return Section(
        "shadow",
        "IA utilisées hors d'égide (journaux du proxy)",
        found.charts,
        (Figure(number(found.unapproved), "destinations d'IA non approuvées (proxy)"),),
    )


def _assistant(session: Session, filters: Filters) -> Section:
    judged = verifications(session, filters)
    verdicts = sum(sum(s.values) for s in judged.series)
    figures = (
        (Figure(_share(judged.total(VERDICTS["verified"]), verdicts), "réponses de l'assistant vérifiées"),)
        if verification_declared()
        else ()
    )
    return Section("assistant", "Vérification des réponses de l'assistant", (judged,), figures)


#: The sections in page order, and the keys of the charts each one builds.
SECTIONS: dict[str, Callable[[Session, Filters], Section]] = {
    "requetes": _requests,
    "shadow": _shadow,
    "assistant": _assistant,
}
CHART_KEYS: dict[str, str] = {
    "requetes-par-decision": "requetes",
    "requetes-par-outil": "requetes",
    "requetes-par-modele": "requetes",
    "blocages-par-categorie": "requetes",
    "refus-par-motif": "requetes",
    "shadow-par-jour": "shadow",
    "shadow-destinations": "shadow",
    "shadow-nouvelles-destinations": "shadow",
    "shadow-services": "shadow",
    "verifications-assistant": "assistant",
}


def dashboard(session: Session, filters: Filters) -> Dashboard:
    """Every section for the period and the service, and the headline figures."""
    sections = tuple(build(session, filters) for build in SECTIONS.values())
    return Dashboard(filters, tuple(f for s in sections for f in s.figures), sections)


def chart(session: Session, filters: Filters, key: str) -> Chart:
    """One chart (its section only is computed): what its CSV export writes."""
    section = CHART_KEYS.get(key)
    if section is None:
        raise NotFound(f"graphique inconnu : {key[:60]}")
    return Dashboard(filters, (), (SECTIONS[section](session, filters),)).chart(key)
