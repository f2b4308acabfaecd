"""Counts of the gateway's events, aggregated in SQL, on SQLite and PostgreSQL: expectations counted
by hand from ``trail_sample`` (the week of Monday 5 October 2026, Paris)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from egide.dashboard.period import period_of
from egide.dashboard.trail import DECISION_KIND, REFUSED_KIND, REQUEST_KIND, Filters, gateway_counts
from egide.gateway.events import GatewayAccessRefused, GatewayPolicyDecision, GatewayRequestReceived
from egide.store import Database

from .trail_sample import People

WEEK = dict(today=date(2026, 10, 20), start="2026-10-05", end="2026-10-11")


def test_the_kinds_and_fields_read_are_the_gateways() -> None:
    assert (
        GatewayRequestReceived.kind,
        GatewayPolicyDecision.kind,
        GatewayAccessRefused.kind,
    ) == (REQUEST_KIND, DECISION_KIND, REFUSED_KIND)
    assert {"tool_id", "model"} <= set(GatewayRequestReceived.model_fields)
    assert {"tool_id", "action", "reason_code", "counts"} <= set(GatewayPolicyDecision.model_fields)
    assert "reason_code" in GatewayAccessRefused.model_fields


def test_counts_of_one_week_by_day(database: Database, people: People) -> None:
    p = people
    with database.session() as session:
        counts = gateway_counts(session, Filters(period_of(**WEEK)))
    assert counts.by_time == Counter(
        {
            (date(2026, 10, 5), "allow"): 1,  # event 2, at local midnight
            (date(2026, 10, 5), "pseudonymise"): 1,
            (date(2026, 10, 6), "block"): 2,
            (date(2026, 10, 7), "block"): 1,
            (date(2026, 10, 11), "pseudonymise"): 1,  # event 7, 23:30 local
        }
    )
    assert counts.by_tool == Counter(
        {
            (p.apercu, "allow"): 1,
            (p.apercu, "block"): 1,
            (p.apercu, "pseudonymise"): 1,
            (p.mistral, "pseudonymise"): 1,
            (p.mistral, "block"): 2,
        }
    )
    assert counts.by_actor == Counter(
        {(p.alice, "allow"): 1, (p.alice, "pseudonymise"): 2, (p.bob, "block"): 3}
    )
    assert counts.by_model == Counter({(p.apercu, "apercu-test"): 3, (p.mistral, "mistral"): 3})
    # Near-misses: NIR in two blocked requests (1 + 2 values), NOM in one; event 8's NOM is next week.
    assert counts.blocked_labels == {"NIR": (2, 3), "NOM": (1, 1)}
    assert counts.block_reasons == Counter({"identifying_data": 2, "detection_failed": 1})
    assert counts.refusals == Counter({"training_required": 2, "model_suspended": 1})


def test_weeks_gather_the_days_and_the_bounds_move_with_the_period(
    database: Database, people: People
) -> None:
    period = period_of(today=date(2026, 10, 20), start="2026-09-28", end="2026-10-12", granularity="semaine")
    with database.session() as session:
        counts = gateway_counts(session, Filters(period))
    assert counts.by_time == Counter(
        {
            (date(2026, 9, 28), "allow"): 1,  # event 1: Sunday 4 October, 23:59 local
            (date(2026, 10, 5), "allow"): 1,
            (date(2026, 10, 5), "pseudonymise"): 2,
            (date(2026, 10, 5), "block"): 3,
            (date(2026, 10, 12), "block"): 1,  # event 8: Monday 12 October, 00:00 local
        }
    )
    assert counts.blocked_labels == {"NIR": (2, 3), "NOM": (2, 6)}
    assert counts.refusals == Counter({"training_required": 2, "model_suspended": 1, "invalid_api_key": 1})


def test_an_empty_period_counts_nothing(database: Database, people: People) -> None:
    with database.session() as session:
        counts = gateway_counts(session, Filters(period_of(today=date(2026, 9, 1))))
    assert not counts.by_time and not counts.by_tool and not counts.by_model
    assert counts.blocked_labels == {} and not counts.refusals and not counts.block_reasons
