"""The gateway's charts: requests over time by decision, by tool, model and service; refusals.

Each request the policy decided is one ``gateway.decision`` event, so the requests « transmises telles
quelles », « pseudonymisées » and « bloquées » add up to the requests decided; refusals before the
policy (an unknown key, training, charter, a suspended tool…) are ``gateway.refused`` events and are
counted apart, by reason. The near-misses the HAS guide asks to count are the blocked requests, by
category of identifier found in them.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.dashboard.chart import Chart, Series, over_time, ranking
from egide.dashboard.trail import ACTIONS, Filters, GatewayCounts
from egide.dashboard.words import action_name, label_name, reason_name, service_name
from egide.governance import list_tools
from egide.governance import services as people_services
from egide.store.models.governance import User

K = TypeVar("K", bound=Hashable)


def _action_series(keys: list[K], counts: Counter[tuple[K, str]]) -> tuple[Series, ...]:
    return tuple(
        Series(action_name(action), tuple(float(counts[(key, action)]) for key in keys), colour=action)
        for action in ACTIONS
    )


def decisions_over_time(counts: GatewayCounts, filters: Filters) -> Chart:
    period = filters.period
    return over_time(
        "requetes-par-decision",
        f"Requêtes par {period.granularity.value}, selon la décision",
        "Requêtes décidées par la politique de la passerelle (journal d'audit, événements gateway.decision).",
        period,
        _action_series(period.buckets(), counts.by_time),
    )


def alphabetical(text: str) -> str:
    """A sort key that reads « échec » with the e's and « aperçu » before « Mistral »."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _ranked(totals: Counter[K], name: Callable[[K], str]) -> list[K]:
    """Keys by total, largest first, then by name."""
    return sorted(totals, key=lambda key: (-totals[key], alphabetical(name(key))))


def _by_action(
    key: str,
    title: str,
    description: str,
    category_name: str,
    counts: Counter[tuple[K, str]],
    name: Callable[[K], str],
) -> Chart:
    totals: Counter[K] = Counter()
    for (item, _action), n in counts.items():
        totals[item] += n
    keys = _ranked(totals, name)
    return ranking(
        key, title, description, category_name, tuple(name(k) for k in keys), _action_series(keys, counts)
    )


def _single(
    key: str,
    title: str,
    description: str,
    category_name: str,
    series_name: str,
    counts: Iterable[tuple[str, int]],
) -> Chart:
    rows = sorted(counts, key=lambda item: (-item[1], alphabetical(item[0])))
    series = (Series(series_name, tuple(float(n) for _, n in rows)),)
    return ranking(key, title, description, category_name, tuple(name for name, _ in rows), series)


def tool_names(session: Session) -> dict[int, str]:
    return {tool.id: tool.name for tool in list_tools(session)}


def by_tool(counts: GatewayCounts, tools: dict[int, str]) -> Chart:
    return _by_action(
        "requetes-par-outil",
        "Requêtes par outil, selon la décision",
        "Requêtes décidées, par outil du registre (événements gateway.decision).",
        "outil",
        counts.by_tool,
        lambda tool_id: tools.get(tool_id, f"outil n° {tool_id}"),
    )


def by_model(counts: GatewayCounts, tools: dict[int, str]) -> Chart:
    return _single(
        "requetes-par-modele",
        "Requêtes par modèle",
        "Requêtes reçues par modèle demandé (nom local), avec son outil (événements gateway.request).",
        "modèle",
        "requêtes",
        (
            (f"{alias} ({tools.get(tool_id, f'outil n° {tool_id}')})", n)
            for (tool_id, alias), n in counts.by_model.items()
        ),
    )


def services_of_people(session: Session) -> dict[int, str | None]:
    """Each person's service today (None: none), for the counts by service."""
    return {user_id: service for user_id, service in session.execute(select(User.id, User.service))}


def by_service(counts: GatewayCounts, services: dict[int, str | None]) -> Chart:
    """Requests decided, by the service of the person who sent them (today's), stacked by decision."""
    grouped: Counter[tuple[str, str]] = Counter()
    for (user_id, action), n in counts.by_actor.items():
        grouped[(service_name(services.get(user_id) if user_id is not None else None), action)] += n
    return _by_action(
        "requetes-par-service",
        "Requêtes par service, selon la décision",
        "Requêtes décidées, par service de la personne qui les a envoyées (son service aujourd'hui ; "
        "événements gateway.decision).",
        "service",
        grouped,
        str,
    )


def blocked_by_category(counts: GatewayCounts) -> Chart:
    return _single(
        "blocages-par-categorie",
        "Requêtes bloquées, par catégorie d'identifiant trouvée",
        "Quasi-incidents : requêtes que la politique a bloquées, comptées une fois par catégorie "
        "d'identifiant qu'elles contenaient (une requête peut en contenir plusieurs).",
        "catégorie",
        "requêtes bloquées",
        ((label_name(label), n) for label, (n, _values) in counts.blocked_labels.items()),
    )


def refusals_by_reason(counts: GatewayCounts) -> Chart:
    merged: Counter[str] = Counter()
    for code, n in (*counts.block_reasons.items(), *counts.refusals.items()):
        merged[reason_name(code)] += n
    return _single(
        "refus-par-motif",
        "Requêtes refusées, par motif",
        "Blocages de la politique (gateway.decision) et refus avant elle : clé, formation, charte, "
        "outil suspendu… (gateway.refused).",
        "motif",
        "requêtes refusées",
        merged.items(),
    )


def service_names(session: Session) -> list[str]:
    """The services people belong to, by name (the service filter's choices)."""
    return people_services(session)
