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

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, ColumnElement, Integer, Select, cast, func, select, true
from sqlalchemy.orm import Session

from egide.dashboard.period import Period
from egide.store.models.audit import AuditRecord

REQUEST_KIND = "gateway.request"
DECISION_KIND = "gateway.decision"
REFUSED_KIND = "gateway.refused"

#: The policy's actions, in display order.
ACTIONS = ("allow", "pseudonymise", "block")


@dataclass(frozen=True)
class Filters:
    """What the dashboard is asked for: a period, and one service or all (``service`` None)."""

    period: Period
    service: str | None = None


@dataclass(frozen=True)
class GatewayCounts:
    """The gateway's activity in a period, as counts (never text)."""

    #: (bucket, action) → requests decided (bucket: the day, or the Monday of the week).
    by_time: Counter[tuple[date, str]]
    #: (tool id, action) → requests decided.
    by_tool: Counter[tuple[int, str]]
    #: (actor user id or None, action) → requests decided; services are read from the people.
    by_actor: Counter[tuple[int | None, str]]
    #: (tool id, model alias) → requests received.
    by_model: Counter[tuple[int, str]]
    #: label → (blocked requests where it was found, values of it found in them).
    blocked_labels: dict[str, tuple[int, int]]
    #: reason code of blocked decisions → requests.
    block_reasons: Counter[str]
    #: reason code of refusals before the policy (training, charter, key, suspended tool…) → requests.
    refusals: Counter[str]


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def json_field(session: Session, key: str) -> ColumnElement[Any]:
    """The top-level field ``key`` of the record's event, as the database reads it."""
    if _dialect(session) == "postgresql":
        return func.json_extract_path_text(cast(AuditRecord.canonical, JSON), key)
    return func.json_extract(AuditRecord.canonical, f"$.{key}")


def _utc_hour(session: Session) -> ColumnElement[Any]:
    """« 2026-10-05 14 »: the UTC hour of the event, as text, the same on both databases."""
    if _dialect(session) == "postgresql":
        return func.to_char(func.timezone("UTC", AuditRecord.occurred_at), "YYYY-MM-DD HH24")
    # SQLite stores the UTC time as « 2026-10-05 14:03:07.000000 ».
    return func.substr(AuditRecord.occurred_at, 1, 13)


def _hour_of(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H").replace(tzinfo=UTC)


def of_kind(kind: str, filters: Filters, *columns: Any) -> Select[Any]:
    """``SELECT columns, count(*)`` over the records of ``kind`` in the period (and the service)."""
    first, after = filters.period.utc_bounds()
    query = select(*columns, func.count()).where(
        AuditRecord.kind == kind, AuditRecord.occurred_at >= first, AuditRecord.occurred_at < after
    )
    return query.group_by(*columns) if columns else query


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def by_time(session: Session, kind: str, field: str, filters: Filters) -> Counter[tuple[date, str]]:
    """(bucket, value of ``field``) → events of ``kind``, by local day or week."""
    hour, value = _utc_hour(session), json_field(session, field)
    found: Counter[tuple[date, str]] = Counter()
    period = filters.period
    for text, item, count in session.execute(of_kind(kind, filters, hour, value)):
        found[(period.bucket(period.day_of(_hour_of(text))), str(item))] += count
    return found


def _blocked_labels(session: Session, filters: Filters) -> dict[str, tuple[int, int]]:
    """Per label, the blocked requests where it was found and how many of its values they held."""
    blocked = json_field(session, "action") == "block"
    if _dialect(session) == "postgresql":
        counts = func.json_each_text(cast(AuditRecord.canonical, JSON).op("->")("counts"))
    else:
        counts = func.json_each(AuditRecord.canonical, "$.counts")
    each = counts.table_valued("key", "value").alias("found")
    first, after = filters.period.utc_bounds()
    # json_each_text gives text on PostgreSQL: cast before adding up.
    query = select(each.c.key, func.count(), func.sum(cast(each.c.value, Integer)))
    query = (
        query.select_from(AuditRecord)
        .join(each, true())
        .where(
            AuditRecord.kind == DECISION_KIND,
            AuditRecord.occurred_at >= first,
            AuditRecord.occurred_at < after,
            blocked,
        )
        .group_by(each.c.key)
    )
    return {str(label): (int(n), int(values or 0)) for label, n, values in session.execute(query)}


def gateway_counts(session: Session, filters: Filters) -> GatewayCounts:
    """Every count of the gateway's events the dashboard draws, for one period.

    Five grouped queries, three over the decisions: by hour and action; by tool, action, reason and
    actor together (at most tools × 3 × reasons × people groups, whatever the number of events); the
    labels of the blocked ones. Then the models of the requests, and the refusals.
    """
    action = json_field(session, "action")
    tool = json_field(session, "tool_id")
    reason = json_field(session, "reason_code")
    actor = AuditRecord.actor_user_id
    by_tool: Counter[tuple[int, str]] = Counter()
    by_actor: Counter[tuple[int | None, str]] = Counter()
    block_reasons: Counter[str] = Counter()
    for tool_id, act, code, user_id, count in session.execute(
        of_kind(DECISION_KIND, filters, tool, action, reason, actor)
    ):
        act = str(act)
        by_tool[(int(tool_id), act)] += count
        by_actor[(_int(user_id), act)] += count
        if act == "block":
            block_reasons[str(code or "identifying_data")] += count
    by_model: Counter[tuple[int, str]] = Counter()
    model = json_field(session, "model")
    for tool_id, alias, count in session.execute(of_kind(REQUEST_KIND, filters, tool, model)):
        by_model[(int(tool_id), str(alias))] += count
    refusals: Counter[str] = Counter()
    for code, count in session.execute(of_kind(REFUSED_KIND, filters, reason)):
        refusals[str(code)] += int(count)
    return GatewayCounts(
        by_time=by_time(session, DECISION_KIND, "action", filters),
        by_tool=by_tool,
        by_actor=by_actor,
        by_model=by_model,
        blocked_labels=_blocked_labels(session, filters),
        block_reasons=block_reasons,
        refusals=refusals,
    )
