"""Retention: records past the period are purged, and what remains still verifies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from egide.audit import AuditLog
from egide.store import Database
from egide.store.models.audit import AuditHead, AuditRecord
from tests.audit.events import SampleRequest
from tests.conftest import TEST_SECRET

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


@pytest.fixture
def aged_log(database: Database) -> AuditLog:
    """Ten records written one per 30 days from START (records 1..10)."""
    clock = {"now": START}
    log = AuditLog(database, TEST_SECRET, clock=lambda: clock["now"])
    for i in range(10):
        clock["now"] = START + timedelta(days=30 * i)
        log.append(SampleRequest(tool_id=i, occurred_at=clock["now"]))
    clock["now"] = START + timedelta(days=400)
    return log


def _seqs(db: Database) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(AuditRecord.seq).order_by(AuditRecord.seq)))


def test_purge_deletes_what_is_older_than_the_retention_and_the_rest_verifies(
    database: Database, aged_log: AuditLog
) -> None:
    now = START + timedelta(days=400)  # cut-off: day 217
    assert aged_log.purge(183, now=now) == 8  # records 1..8 were written on days 0, 30, …, 210
    assert _seqs(database) == [9, 10, 11]  # 11: the purge itself
    report = aged_log.verify()
    assert report.ok and report.checked == 3
    (purged,) = [e for e in aged_log.events() if e.kind == "audit.purged"]
    assert purged.data == {"purged_count": 8, "through_seq": 8, "retention_days": 183}


def test_purge_is_a_no_op_when_nothing_is_old_enough(database: Database, aged_log: AuditLog) -> None:
    assert aged_log.purge(183, now=START + timedelta(days=100)) == 0
    assert _seqs(database) == list(range(1, 11))
    assert aged_log.verify().ok


def test_appends_and_purges_after_a_purge_keep_verifying(database: Database, aged_log: AuditLog) -> None:
    aged_log.purge(183, now=START + timedelta(days=400))
    aged_log.append(SampleRequest(tool_id=99))
    assert aged_log.purge(183, now=START + timedelta(days=2000)) == 4  # 9, 10, 11, 12
    report = aged_log.verify()
    assert report.ok and report.checked == 1  # the second purge's own record


def test_deleting_the_first_record_after_the_anchor_is_seen(database: Database, aged_log: AuditLog) -> None:
    aged_log.purge(183, now=START + timedelta(days=400))
    with database.session(write=True) as session:
        session.execute(delete(AuditRecord).where(AuditRecord.seq == 9))
    assert aged_log.verify().first_bad_seq == 9


def test_a_forged_anchor_is_seen(database: Database, aged_log: AuditLog) -> None:
    # Deleting old records by hand and moving the anchor needs the key: without it, verify fails.
    with database.session(write=True) as session:
        session.execute(delete(AuditRecord).where(AuditRecord.seq <= 3))
        fourth = session.get(AuditRecord, 4)
        assert fourth is not None
        session.execute(
            update(AuditHead).values(anchor_seq=3, anchor_hash=fourth.prev_hash, anchor_mac="0" * 64)
        )
    report = aged_log.verify()
    assert not report.ok and report.first_bad_seq == 3
