"""The hash chain: verification finds edits, deletions and reorderings; concurrent writers keep one chain."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from egide.audit import AuditLog, append_events
from egide.errors import AuditChainError
from egide.store import Database
from egide.store.models.audit import AuditHead, AuditRecord
from tests.audit.events import SampleRequest
from tests.audit.workers import append_many
from tests.conftest import TEST_SECRET


def _log(db: Database, n: int = 6) -> AuditLog:
    log = AuditLog(db, TEST_SECRET)
    for i in range(n):
        assert log.append(SampleRequest(tool_id=i, counts={"PERSON": i, "NIR": 1})) == [i + 1]
    return log


def _edit(db: Database, seq: int, **values: object) -> None:
    with db.session(write=True) as session:
        session.execute(update(AuditRecord).where(AuditRecord.seq == seq).values(**values))


def test_an_intact_chain_verifies(database: Database) -> None:
    log = _log(database)
    report = log.verify()
    assert report.ok and report.checked == 6 and report.first_bad_seq is None
    assert log.verify_or_raise() == 6


def test_an_empty_chain_verifies(database: Database) -> None:
    assert AuditLog(database, TEST_SECRET).verify().ok


def test_the_chain_links_each_record_to_the_previous_one(database: Database) -> None:
    _log(database, 3)
    with database.session() as session:
        records = session.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all()
    assert records[0].prev_hash == "0" * 64
    assert [r.prev_hash for r in records[1:]] == [r.hash for r in records[:-1]]


def test_events_appended_together_extend_the_chain_like_single_appends(database: Database) -> None:
    log = _log(database, 2)
    with database.session(write=True) as session:
        seqs = log.append(*[SampleRequest(tool_id=10 + i) for i in range(4)], within=session)
        assert log.append(within=session) == []
    assert seqs == [3, 4, 5, 6]
    assert log.append(SampleRequest(tool_id=99)) == [7]
    assert log.verify().checked == 7 and log.verify().ok
    with database.session() as session:
        records = session.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all()
    assert [r.prev_hash for r in records[1:]] == [r.hash for r in records[:-1]]
    assert [r.seq for r in records] == list(range(1, 8))
    # A batch is verifiable record by record: editing its middle is named.
    _edit(database, 4, request_id="req_moved")
    assert log.verify().first_bad_seq == 4


def test_an_edited_payload_is_named(database: Database) -> None:
    log = _log(database)
    with database.session() as session:
        canonical = session.scalars(select(AuditRecord.canonical).where(AuditRecord.seq == 4)).one()
    _edit(database, 4, canonical=canonical.replace('"PERSON":3', '"PERSON":0'))
    report = log.verify()
    assert not report.ok and report.first_bad_seq == 4
    with pytest.raises(AuditChainError):
        log.verify_or_raise()


def test_an_edited_column_is_named(database: Database) -> None:
    log = _log(database)
    _edit(database, 2, actor_user_id=99)
    assert log.verify().first_bad_seq == 2


def test_a_recomputed_plain_hash_does_not_pass_without_the_key(database: Database) -> None:
    import hashlib

    log = _log(database)
    with database.session() as session:
        record = session.get(AuditRecord, 3)
        assert record is not None
        forged = record.canonical.replace('"tool_id":2', '"tool_id":5')
        digest = hashlib.sha256(f"{record.prev_hash}\n{forged}".encode()).hexdigest()
    _edit(database, 3, canonical=forged, hash=digest)
    assert log.verify().first_bad_seq == 3


def test_a_deleted_record_is_named_as_missing(database: Database) -> None:
    log = _log(database)
    with database.session(write=True) as session:
        session.execute(delete(AuditRecord).where(AuditRecord.seq == 3))
    report = log.verify()
    assert report.first_bad_seq == 3 and "manquant" in (report.problem or "")


def test_a_truncated_tail_is_named_as_missing(database: Database) -> None:
    log = _log(database)
    with database.session(write=True) as session:
        session.execute(delete(AuditRecord).where(AuditRecord.seq >= 5))
    assert log.verify().first_bad_seq == 5


def test_a_truncated_tail_with_a_rewound_head_is_seen(database: Database) -> None:
    log = _log(database)
    with database.session(write=True) as session:
        last = session.get(AuditRecord, 4)
        assert last is not None
        session.execute(delete(AuditRecord).where(AuditRecord.seq >= 5))
        session.execute(update(AuditHead).values(last_seq=4, last_hash=last.hash))
    report = log.verify()
    assert not report.ok and report.first_bad_seq == 4


def test_swapped_records_are_named(database: Database) -> None:
    log = _log(database)
    with database.session(write=True) as session:
        two, three = session.get(AuditRecord, 2), session.get(AuditRecord, 3)
        assert two is not None and three is not None
        swapped = {
            2: {
                c: getattr(three, c) for c in ("canonical", "prev_hash", "hash", "occurred_at", "recorded_at")
            },
            3: {c: getattr(two, c) for c in ("canonical", "prev_hash", "hash", "occurred_at", "recorded_at")},
        }
    for seq, values in swapped.items():
        _edit(database, seq, **values)
    assert log.verify().first_bad_seq == 2


def test_another_secret_is_told_apart_from_an_edit(database: Database) -> None:
    _log(database, 3)
    report = AuditLog(database, "someone-elses-secret-" * 2).verify()
    assert not report.ok and report.wrong_key
    assert "autre clé secrète" in report.message and "rompu" not in report.message
    # An edit of the very first record, under the right key, is still tampering, named as such.
    _edit(database, 1, actor_user_id=42)
    edited = AuditLog(database, TEST_SECRET).verify()
    assert not edited.ok and not edited.wrong_key and edited.first_bad_seq == 1
    assert "rompu à l'enregistrement n°1" in edited.message


def test_append_inside_a_transaction_is_rolled_back_with_it(database: Database) -> None:
    log = _log(database, 2)
    with pytest.raises(RuntimeError), database.session(write=True) as session:
        append_events(session, SampleRequest(tool_id=9))
        raise RuntimeError("the change being audited failed")
    log.append(SampleRequest(tool_id=10))
    report = log.verify()
    assert report.ok and report.checked == 3


def _spawn_appenders(url: str, workers: int, each: int) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        done = pool.starmap(append_many, [(url, TEST_SECRET, w, each) for w in range(workers)])
    assert done == [each] * workers


def test_concurrent_processes_keep_one_valid_chain(database: Database) -> None:
    workers, each = 4, 40
    _spawn_appenders(database.url.render_as_string(hide_password=False), workers, each)
    log = AuditLog(database, TEST_SECRET)
    report = log.verify()
    assert report.ok, report.problem
    assert report.checked == workers * each
    seen = {(e.data["worker"], e.data["tool_id"]) for e in log.events()}
    assert seen == {(w, n) for w in range(workers) for n in range(each)}


def test_concurrent_threads_keep_one_valid_chain(database: Database) -> None:
    import threading

    log = AuditLog(database, TEST_SECRET)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for n in range(25):
                log.append(SampleRequest(tool_id=n, worker=worker))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = log.verify()
    assert report.ok and report.checked == 100


def test_records_are_read_back_in_order_with_their_fields(database: Database) -> None:
    log = AuditLog(database, TEST_SECRET)
    log.append(SampleRequest(tool_id=3, counts={"NIR": 2}, actor_user_id=5, request_id="req-01"))
    (event,) = list(log.events())
    assert (event.seq, event.kind, event.actor_user_id, event.request_id) == (1, "test.request", 5, "req-01")
    assert event.data == {"tool_id": 3, "counts": {"NIR": 2}, "worker": 0}
    assert event.recorded_at - event.occurred_at < timedelta(seconds=5)


def test_verify_while_others_append_and_purge_reports_no_false_break(database: Database) -> None:
    import threading

    log = _log(database, 20)
    stop = threading.Event()
    errors: list[BaseException] = []

    def keep_writing() -> None:
        n = 0
        try:
            while not stop.is_set():
                log.append(SampleRequest(tool_id=n))
                n += 1
                if n % 10 == 0:  # a purge of everything older than now: the walk must not see holes
                    log.purge(1, now=datetime.now(UTC) + timedelta(days=2))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        reports = [log.verify() for _ in range(15)]
    finally:
        stop.set()
        writer.join()
    assert errors == []
    assert all(r.ok for r in reports), [r.message for r in reports if not r.ok]
    assert log.verify().ok
