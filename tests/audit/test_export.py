"""Export of a period as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from egide.audit import AuditLog, export_events
from egide.store import Database
from tests.audit.events import SampleRequest
from tests.conftest import TEST_SECRET


@pytest.fixture
def log(sqlite_database: Database) -> AuditLog:
    days = iter(range(5))
    audit = AuditLog(
        sqlite_database,
        TEST_SECRET,
        clock=lambda: datetime(2026, 2, 1, 12, tzinfo=UTC) + timedelta(days=next(days)),
    )
    for i in range(5):
        audit.append(SampleRequest(tool_id=i, counts={"PERSON": i}, request_id=f"req-{i}"))
    return audit


def test_json_export_of_a_period(log: AuditLog) -> None:
    out = io.StringIO()
    count = export_events(
        log.events(datetime(2026, 2, 2, tzinfo=UTC), datetime(2026, 2, 4, tzinfo=UTC)), out, "json"
    )
    rows = json.loads(out.getvalue())
    assert count == 2
    assert [(r["seq"], r["request_id"], r["data"]["counts"]) for r in rows] == [
        (2, "req-1", {"PERSON": 1}),
        (3, "req-2", {"PERSON": 2}),
    ]
    assert all(len(r["hash"]) == 64 for r in rows)


def test_csv_export_of_everything(log: AuditLog) -> None:
    out = io.StringIO()
    assert export_events(log.events(), out, "csv") == 5
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [int(r["seq"]) for r in rows] == [1, 2, 3, 4, 5]
    assert json.loads(rows[4]["data"]) == {"counts": {"PERSON": 4}, "tool_id": 4, "worker": 0}
    assert rows[1]["prev_hash"] == rows[0]["hash"]


def test_an_empty_period_is_valid_json(log: AuditLog) -> None:
    out = io.StringIO()
    assert log.export(out, datetime(2030, 1, 1, tzinfo=UTC), fmt="json") == 0
    assert json.loads(out.getvalue()) == []
