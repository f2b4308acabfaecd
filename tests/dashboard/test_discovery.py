"""Shadow-AI charts from the stored scans (SQLite and PostgreSQL), counted by hand from the rows below."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from egide.dashboard.discovery import discovery
from egide.dashboard.period import period_of
from egide.dashboard.trail import Filters
from egide.shadow.aggregate import Usage
from egide.shadow.classify import Destination, Kind, Reason
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.scan import ScanResult
from egide.shadow.storage import save_scan
from egide.store import Database

WEEK = dict(today=date(2026, 10, 20), start="2026-10-05", end="2026-10-11")
OPENAI = Destination("chat.openai.com", Kind.UNAPPROVED, Reason.CATALOGUE, vendor="OpenAI")
CLAUDE = Destination("claude.ai", Kind.UNAPPROVED, Reason.CATALOGUE, vendor="Anthropic")
MISTRAL = Destination("chat.mistral.ai", Kind.UNAPPROVED, Reason.CATALOGUE, vendor="Mistral AI")
HELPER = Destination("gpt-helper.example", Kind.SUSPICIOUS, Reason.NAME)
TEAMS = Destination("teams.microsoft.com", Kind.EMBEDDED, Reason.CATALOGUE, vendor="Microsoft")


def _t(day: int, hour: int, minute: int = 0, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def _row(day: date, where: Destination, service: str, user: str, requests: int, first: datetime) -> Usage:
    return Usage(day, where, service, user, requests, 0, None, None, first, first)


def _scan(scan_id: str, finished: datetime, rows: list[Usage]) -> ScanResult:
    return ScanResult(
        id=scan_id,
        started_at=finished,
        finished_at=finished,
        files=[],
        samples=[],
        period_start=min(r.first_seen for r in rows),
        period_end=max(r.last_seen for r in rows),
        catalogue_version="test",
        approved_tools=0,
        rows=rows,
        identities={},
    )


@pytest.fixture
def scans(database: Database, secret_key: str) -> None:
    older = _scan(
        "a" * 32, _t(1, 12), [_row(date(2026, 9, 20), OPENAI, "Cardiologie", "u-1", 9, _t(20, 9, month=9))]
    )
    latest = _scan(
        "b" * 32,
        _t(12, 12),
        [
            _row(date(2026, 10, 5), OPENAI, "Cardiologie", "u-1", 4, _t(5, 8)),
            _row(date(2026, 10, 5), TEAMS, "Cardiologie", "u-1", 10, _t(5, 8)),
            _row(date(2026, 10, 6), OPENAI, "Urgences", "u-2", 2, _t(6, 9)),
            _row(date(2026, 10, 6), CLAUDE, "Cardiologie", "u-1", 3, _t(6, 10)),
            # 7 October 23:30 UTC is 8 October in Paris: the destination is new on the 8th.
            _row(date(2026, 10, 8), HELPER, "Urgences", "u-2", 1, _t(7, 23, 30)),
            _row(date(2026, 10, 12), MISTRAL, "Urgences", "u-2", 5, _t(12, 8)),  # after the week
        ],
    )
    for result in (older, latest):
        with database.session(write=True) as session:
            save_scan(session, result, UserPseudonyms(secret_key))


def _values(
    chart_categories: tuple[str, ...], series: dict[str, tuple[float, ...]]
) -> dict[str, dict[str, float]]:
    return {
        name: {c: v for c, v in zip(chart_categories, values, strict=True) if v}
        for name, values in series.items()
    }


def test_the_latest_scan_within_the_week(database: Database, scans: None) -> None:
    with database.session() as session:
        found = discovery(session, Filters(period_of(**WEEK)))
    assert found.scan is not None and found.scan.id == "b" * 32
    over_time, destinations, new, services = found.charts
    assert "Dernière analyse : 12/10/2026" in over_time.note
    assert _values(over_time.categories, {s.name: s.values for s in over_time.series}) == {
        "IA connue, non approuvée": {"05/10": 4, "06/10": 5},
        "IA suspectée (hors catalogue)": {"08/10": 1},
        "service généraliste avec IA": {"05/10": 10},
        "outil approuvé": {},
    }
    assert destinations.categories == (
        "teams.microsoft.com",
        "chat.openai.com",
        "claude.ai",
        "gpt-helper.example",
    )
    assert [sum(s.values[i] for s in destinations.series) for i in range(4)] == [10, 6, 3, 1]
    # New in the week: claude.ai (6th), gpt-helper (8th in Paris), Teams (5th); not ChatGPT, seen in September.
    assert _values(new.categories, {s.name: s.values for s in new.series}) == {
        "IA connue, non approuvée": {"06/10": 1},
        "IA suspectée (hors catalogue)": {"08/10": 1},
        "service généraliste avec IA": {"05/10": 1},
        "outil approuvé": {},
    }
    assert services.categories == ("Cardiologie", "Urgences")
    assert _values(services.categories, {s.name: s.values for s in services.series})[
        "IA connue, non approuvée"
    ] == {
        "Cardiologie": 7,
        "Urgences": 2,
    }
    assert found.unapproved == 2


def test_one_service(database: Database, scans: None) -> None:
    with database.session() as session:
        found = discovery(session, Filters(period_of(**WEEK), service="Urgences"))
    assert found.charts[1].categories == ("chat.openai.com", "gpt-helper.example")
    assert found.charts[3].categories == ("Urgences",)
    assert found.unapproved == 1


def test_before_any_scan_the_charts_say_so(database: Database) -> None:
    with database.session() as session:
        found = discovery(session, Filters(period_of(**WEEK)))
    assert found.scan is None and found.unapproved == 0
    assert all(chart.empty and "Aucune analyse" in chart.note for chart in found.charts)
