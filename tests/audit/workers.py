"""Functions run in other processes by the concurrency tests."""

from __future__ import annotations

from egide.audit import AuditLog
from egide.store import Database
from tests.audit.events import SampleRequest


def append_many(url: str, secret: str, worker: int, count: int) -> int:
    db = Database(url, secret_key=secret)
    log = AuditLog(db, secret)
    try:
        for n in range(count):
            log.append(
                SampleRequest(tool_id=n, counts={"PERSON": n % 3}, worker=worker, request_id=f"w{worker}-{n}")
            )
    finally:
        db.dispose()
    return count
