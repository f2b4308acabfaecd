"""Counts by service and training coverage, from the hand-written registry and trail (SQLite and
PostgreSQL): Alice in Cardiologie, Bob in Urgences, Carol without a service."""

from __future__ import annotations

from collections import Counter
from datetime import date

from egide.dashboard import dashboard, period_of
from egide.dashboard.trail import Filters, gateway_counts
from egide.governance import NO_SERVICE
from egide.store import Database

from .trail_sample import People

WEEK = dict(today=date(2026, 10, 20), start="2026-10-05", end="2026-10-11")


def test_requests_by_service(database: Database, people: People) -> None:
    with database.session() as session:
        shown = dashboard(session, Filters(period_of(**WEEK)))
    # Alice's decisions 2, 3, 7 (1 allowed, 2 pseudonymised); Bob's 4, 5, 6 (blocked); Carol none.
    assert shown.chart("requetes-par-service").rows() == [
        ("Cardiologie", "1", "2", "0"),
        ("Urgences", "0", "0", "3"),
    ]


def test_one_service_filters_every_count_of_the_trail(database: Database, people: People) -> None:
    with database.session() as session:
        urgences = gateway_counts(session, Filters(period_of(**WEEK), service="Urgences"))
        nobody = gateway_counts(session, Filters(period_of(**WEEK), service=NO_SERVICE))
        shown = dashboard(session, Filters(period_of(**WEEK), service="Urgences"))
    assert urgences.by_time == Counter({(date(2026, 10, 6), "block"): 2, (date(2026, 10, 7), "block"): 1})
    assert urgences.by_model == Counter({(people.mistral, "mistral"): 2, (people.apercu, "apercu-test"): 1})
    assert urgences.blocked_labels == {"NIR": (2, 3), "NOM": (1, 1)}
    assert not urgences.refusals  # Carol's refusals have no service, Alice's are Cardiologie's
    assert shown.chart("verifications-par-outil").rows() == [
        ("aperçu (test)", "0", "0", "1")
    ]  # Bob's verdict
    # Carol, without a service: no request decided, two refusals for training.
    assert not nobody.by_time
    assert nobody.refusals == Counter({"training_required": 2})


def test_training_coverage_over_the_week_and_by_service(database: Database, people: People) -> None:
    with database.session() as session:
        shown = dashboard(session, Filters(period_of(**WEEK)))
    over_time = shown.chart("formation-dans-le-temps")
    assert over_time.unit == "%"
    covered, trained, charter = (s.values for s in over_time.series)
    # 5–7 Oct: Alice covered; Bob untrained until the 8th, charter on the 9th; Carol charter only.
    assert covered == (33.3, 33.3, 33.3, 33.3, 66.7, 66.7, 66.7)
    assert trained == (33.3, 33.3, 33.3, 66.7, 66.7, 66.7, 66.7)
    assert charter == (66.7, 66.7, 66.7, 66.7, 100.0, 100.0, 100.0)
    assert shown.chart("formation-par-service").rows() == [
        ("Cardiologie", "1", "0", "0", "0"),
        ("Urgences", "1", "0", "0", "0"),
        ("sans service", "0", "0", "1", "0"),
    ]
    assert {f.label: f.value for f in shown.figures}[
        "des personnes formées et engagées par la charte"
    ] == "66,7\u00a0%"


def test_coverage_of_one_service_by_week(database: Database, people: People) -> None:
    period = period_of(today=date(2026, 10, 20), start="2026-09-28", end="2026-10-11", granularity="semaine")
    with database.session() as session:
        shown = dashboard(session, Filters(period, service="Urgences"))
    # Bob, at the end of each week: not trained on Sunday 4 Oct, covered on Sunday 11 Oct.
    assert shown.chart("formation-dans-le-temps").series[0].values == (0.0, 100.0)
    assert shown.chart("formation-par-service").categories == ("Urgences",)
