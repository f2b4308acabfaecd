"""Counts of the gateway's events in the audit trail, aggregated by the database.

The trail keeps each event as canonical JSON (``audit_records.canonical``) with a few columns beside
it (kind, time, actor). Every count here is one ``GROUP BY`` over the records of one kind in the
period, reading the JSON fields in SQL (``json_extract`` on SQLite, ``json_extract_path_text`` on
PostgreSQL): only the groups come back to Python, never the events. Time is grouped by UTC hour and
each hour given its local day by :class:`~egide.dashboard.period.Period`.

The events read (declared in ``egide.gateway.events``; a test checks these names against them):
``gateway.request`` (tool, model alias), ``gateway.decision`` (action, reason, counts by label),
``gateway.refused`` (reason code). No field of them holds text of a request.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, cast, func, literal, null, select, true, union_all
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from egide.dashboard.period import Period
from egide.governance import NO_SERVICE as NO_SERVICE  # the service filter's value for « no service »
from egide.store.models.audit import AuditRecord
from egide.store.models.governance import User

REQUEST_KIND = "gateway.request"
DECISION_KIND = "gateway.decision"
REFUSED_KIND = "gateway.refused"

#: The policy's actions, in display order.
ACTIONS = ("allow", "pseudonymise", "block")


@dataclass(frozen=True)
class Filters:
    """What the dashboard is asked for: a period, and one service or all.

    ``service``: None for every service, :data:`egide.governance.NO_SERVICE` (``""``) for the people
    without one, else its name.
    """

    period: Period
    service: str | None = None


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _utc_hour(session: Session) -> ColumnElement[Any]:
    """« 2026-10-05 14 »: the UTC hour of the event, as text, the same on both databases."""
    if _dialect(session) == "postgresql":
        return func.to_char(func.timezone("UTC", AuditRecord.occurred_at), "YYYY-MM-DD HH24")
    # SQLite stores the UTC time as « 2026-10-05 14:03:07.000000 ».
    return func.substr(AuditRecord.occurred_at, 1, 13)


def _hour_of(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H").replace(tzinfo=UTC)


def _in_period(kind: str, filters: Filters) -> tuple[ColumnElement[bool], ...]:
    """The records of ``kind`` in the period, by people of the service filtered on (if any).

    The service is the person's today (the registry keeps no history of it); an event without a
    person (an unknown key) belongs to no service.
    """
    first, after = filters.period.utc_bounds()
    scope = (AuditRecord.kind == kind, AuditRecord.occurred_at >= first, AuditRecord.occurred_at < after)
    if filters.service is None:
        return scope
    members = select(User.id).where(
        User.service.is_(None) if filters.service == NO_SERVICE else User.service == filters.service
    )
    return (*scope, AuditRecord.actor_user_id.in_(members))


def grouped(
    session: Session,
    kind: str,
    filters: Filters,
    fields: tuple[str, ...],
    columns: tuple[Any, ...] = (),
) -> Iterator[tuple[tuple[Any, ...], tuple[Any, ...], int]]:
    """Events of ``kind`` in the period counted by top-level ``fields`` of the event and ``columns``.

    Yields (field values, column values, count). The event's JSON is parsed once per record, which is
    most of the cost: on SQLite one ``json_extract`` with every path (it answers a JSON array); on
    PostgreSQL a ``jsonb`` cast in a subquery that the planner may not inline (``OFFSET 0``), whose
    fields are then read with ``->>``.
    """
    if _dialect(session) == "postgresql":
        inner = (
            select(
                cast(AuditRecord.canonical, JSONB).label("j"),
                *(c.label(f"c{i}") for i, c in enumerate(columns)),
            )
            .where(*_in_period(kind, filters))
            .offset(0)
            .subquery()
        )
        values = [inner.c.j.op("->>")(name) for name in fields]
        extra = [inner.c[f"c{i}"] for i in range(len(columns))]
        query = select(*values, *extra, func.count()).group_by(*values, *extra)
        for row in session.execute(query):
            yield tuple(row[: len(fields)]), tuple(row[len(fields) : -1]), int(row[-1])
        return
    found = func.json_extract(AuditRecord.canonical, *(f"$.{name}" for name in fields))
    query = select(found, *columns, func.count()).where(*_in_period(kind, filters)).group_by(found, *columns)
    for row in session.execute(query):
        decoded = json.loads(row[0]) if len(fields) > 1 else [row[0]]
        yield tuple(decoded[: len(fields)]), tuple(row[1:-1]), int(row[-1])


def _decision_rows(session: Session, filters: Filters) -> Any:
    """The decisions of the period, one small row each (hour, actor, tool, action, reason, counts),
    materialised once: the three groupings below read it instead of reading every record three times."""
    hour, actor = _utc_hour(session).label("hour"), AuditRecord.actor_user_id.label("actor")
    if _dialect(session) == "postgresql":
        inner = (
            select(hour, actor, cast(AuditRecord.canonical, JSONB).label("j"))
            .where(*_in_period(DECISION_KIND, filters))
            .offset(0)  # parse each record once: the planner may not inline the subquery
            .subquery()
        )
        j = inner.c.j
        rows = select(
            inner.c.hour,
            cast(inner.c.actor, String).label("actor"),
            j.op("->>")("tool_id").label("tool"),
            j.op("->>")("action").label("action"),
            j.op("->>")("reason_code").label("reason"),
            j.op("->")("counts").label("counts"),
        )
    else:
        f = (
            select(
                hour,
                cast(actor, String).label("actor"),
                func.json_extract(
                    AuditRecord.canonical, "$.tool_id", "$.action", "$.reason_code", "$.counts"
                ).label("f"),
            )
            .where(*_in_period(DECISION_KIND, filters))
            .subquery()
        )
        rows = select(
            f.c.hour,
            f.c.actor,
            cast(func.json_extract(f.c.f, "$[0]"), String).label("tool"),
            func.json_extract(f.c.f, "$[1]").label("action"),
            func.json_extract(f.c.f, "$[2]").label("reason"),
            func.json_extract(f.c.f, "$[3]").label("counts"),
        )
    return rows.cte("decided").prefix_with("MATERIALIZED")


def decision_groups(session: Session, filters: Filters) -> Iterator[tuple[str, Any, Any, Any, Any, int]]:
    """The decisions of the period grouped three ways in one statement, each row tagged by its grouping:
    ``("time", hour, action, None, None, n)``, ``("decision", tool, action, reason, actor, n)``,
    ``("label", label, None, None, values, n)`` (labels of the blocked requests only)."""
    d = _decision_rows(session, filters)
    none = cast(null(), String)
    if _dialect(session) == "postgresql":
        each = func.jsonb_each_text(d.c.counts).table_valued("key", "value").alias("found")
    else:
        each = func.json_each(d.c.counts).table_valued("key", "value").alias("found")
    labels = (
        select(
            literal("label"),
            each.c.key,
            none,
            none,
            cast(func.sum(cast(each.c.value, Integer)), String),
            func.count(),
        )
        .select_from(d)
        .join(each, true())
        .where(d.c.action == "block")
        .group_by(each.c.key)
    )
    query = union_all(
        select(literal("time"), d.c.hour, d.c.action, none, none, func.count()).group_by(
            d.c.hour, d.c.action
        ),
        select(literal("decision"), d.c.tool, d.c.action, d.c.reason, d.c.actor, func.count()).group_by(
            d.c.tool, d.c.action, d.c.reason, d.c.actor
        ),
        labels,
    )
    for part, a, b, c, e, n in session.execute(query):
        yield str(part), a, b, c, e, int(n)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def by_time(session: Session, kind: str, field: str, filters: Filters) -> Counter[tuple[date, str]]:
    """(bucket, value of ``field``) → events of ``kind``, by local day or week."""
    found: Counter[tuple[date, str]] = Counter()
    period = filters.period
    for (item,), (text,), count in grouped(session, kind, filters, (field,), (_utc_hour(session),)):
        found[(period.bucket(period.day_of(_hour_of(text))), str(item))] += count
    return found


@dataclass(frozen=True)
class _Decisions:
    by_time: Counter[tuple[date, str]]
    by_tool: Counter[tuple[int, str]]
    by_actor: Counter[tuple[int | None, str]]
    block_reasons: Counter[str]
    blocked_labels: dict[str, tuple[int, int]]


class GatewayCounts:
    """The gateway's activity in a period, as counts (never text), each queried when first read.

    Read inside the session given. Three statements: the decisions (read once, grouped three ways),
    the requests by model, the refusals; one chart's CSV runs only the one it needs.
    """

    def __init__(self, session: Session, filters: Filters) -> None:
        self._session = session
        self._filters = filters

    @cached_property
    def _decisions(self) -> _Decisions:
        found = _Decisions(Counter(), Counter(), Counter(), Counter(), {})
        period = self._filters.period
        for part, a, b, c, e, n in decision_groups(self._session, self._filters):
            if part == "time":
                found.by_time[(period.bucket(period.day_of(_hour_of(str(a)))), str(b))] += n
            elif part == "decision":
                action = str(b)
                found.by_tool[(int(a), action)] += n
                found.by_actor[(_int(e), action)] += n
                if action == "block":
                    found.block_reasons[str(c or "identifying_data")] += n
            else:
                found.blocked_labels[str(a)] = (n, int(e or 0))
        return found

    @property
    def by_time(self) -> Counter[tuple[date, str]]:
        """(bucket, action) → requests decided (bucket: the day, or the Monday of the week)."""
        return self._decisions.by_time

    @property
    def by_tool(self) -> Counter[tuple[int, str]]:
        """(tool id, action) → requests decided."""
        return self._decisions.by_tool

    @property
    def by_actor(self) -> Counter[tuple[int | None, str]]:
        """(actor user id or None, action) → requests decided; services are read from the people."""
        return self._decisions.by_actor

    @property
    def block_reasons(self) -> Counter[str]:
        """Reason code of blocked decisions → requests."""
        return self._decisions.block_reasons

    @property
    def blocked_labels(self) -> dict[str, tuple[int, int]]:
        """Label → (blocked requests where it was found, values of it found in them)."""
        return self._decisions.blocked_labels

    @cached_property
    def by_model(self) -> Counter[tuple[int, str]]:
        """(tool id, model alias) → requests received."""
        found: Counter[tuple[int, str]] = Counter()
        for (tool_id, alias), _, n in grouped(
            self._session, REQUEST_KIND, self._filters, ("tool_id", "model")
        ):
            found[(int(tool_id), str(alias))] += n
        return found

    @cached_property
    def refusals(self) -> Counter[str]:
        """Reason code of refusals before the policy (training, charter, key, suspended tool…) → requests."""
        found: Counter[str] = Counter()
        for (code,), _, n in grouped(self._session, REFUSED_KIND, self._filters, ("reason_code",)):
            found[str(code)] += n
        return found


def gateway_counts(session: Session, filters: Filters) -> GatewayCounts:
    """Every count of the gateway for a period, read now (usable once ``session`` is closed)."""
    counts = GatewayCounts(session, filters)
    for part in ("_decisions", "by_model", "refusals"):
        getattr(counts, part)
    return counts
