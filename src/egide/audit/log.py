"""``AuditLog``: append events to the chain, verify it, export it, purge it past retention.

Appends are serialised by locking the single ``audit_head`` row with a no-op ``UPDATE … RETURNING``
(on PostgreSQL the same row lock as ``SELECT … FOR UPDATE``, one round trip fewer; on SQLite the
database write lock, which ``db.session(write=True)`` takes at ``BEGIN IMMEDIATE``), so several
workers and processes always extend one chain.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, TextIO, cast

from sqlalchemy import Connection, Row, Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from egide.audit.chain import anchor_mac, canonical_json, chain_key, head_mac, record_mac, same
from egide.audit.events import AuditEvent, ChainPurged, StoredEvent
from egide.audit.export import export_events
from egide.audit.segments import Keyring, load_keyring
from egide.errors import AuditChainError, StorageError
from egide.store.database import Database, session_secret
from egide.store.models.audit import GENESIS_HASH, AuditHead, AuditRecord
from egide.store.types import utcnow

_HEAD_ID = 1
_BATCH = 1000


@dataclass(frozen=True)
class ChainReport:
    """Result of :meth:`AuditLog.verify`: ``first_bad_seq`` names the first broken or missing record."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str | None = None
    #: Nothing verifies under the key given, neither the head nor the first record: the journal was
    #: signed with another server secret. Not evidence of tampering; the configuration is wrong.
    wrong_key: bool = False

    @property
    def message(self) -> str:
        """One line in French: « journal intègre (N enregistrements) » or the first record in question."""
        if self.ok:
            return f"journal d'audit intègre : {self.checked} enregistrements vérifiés"
        if self.wrong_key:
            return (
                "journal d'audit signé avec une autre clé secrète : ni sa tête ni son premier enregistrement "
                "ne se vérifient avec celle-ci (EGIDE_SECRET_KEY ou secret.key du dossier de données) ; "
                "ce n'est pas une falsification constatée, vérifiez la configuration"
            )
        return f"journal d'audit rompu à l'enregistrement n°{self.first_bad_seq} : {self.problem}"


@dataclass(frozen=True)
class ChainHead:
    """The end of the chain and the purge anchor, as read under the lock."""

    last_seq: int
    last_hash: str
    anchor_seq: int
    anchor_hash: str


# The append path runs Core statements on these tables: about half the ORM's cost per event.
_HEAD = cast(Table, AuditHead.__table__)
_RECORDS = cast(Table, AuditRecord.__table__)
# Built once: executing a prepared statement with parameters skips SQLAlchemy's construction and
# cache-key work, which is most of an append's cost.
_LOCK_HEAD = (
    update(_HEAD)
    .where(_HEAD.c.id == _HEAD_ID)
    .values(id=_HEAD.c.id)
    .returning(_HEAD.c.last_seq, _HEAD.c.last_hash, _HEAD.c.anchor_seq, _HEAD.c.anchor_hash)
)
_INSERT_RECORD = _RECORDS.insert()
_MOVE_HEAD = (
    update(_HEAD)
    .where(_HEAD.c.id == _HEAD_ID)
    .values(last_seq=bindparam("new_seq"), last_hash=bindparam("new_hash"), mac=bindparam("new_mac"))
)


def lock_chain(target: Session | Connection) -> ChainHead:
    """Take the chain's lock (the ``audit_head`` row) for the rest of the caller's transaction.

    One no-op ``UPDATE … RETURNING``: a row lock on PostgreSQL (concurrent appenders queue on
    it), the database write lock on SQLite (taken at once when the session began ``IMMEDIATE``).
    ``target`` is an ORM session or a Core connection inside its transaction.
    """
    return _lock_chain_on(target.connection() if isinstance(target, Session) else target)


def _lock_chain_on(conn: Connection) -> ChainHead:
    row = conn.execute(_LOCK_HEAD).one_or_none()
    if row is None:
        raise StorageError("journal d'audit : ligne de tête absente (migrations non appliquées ?)")
    return ChainHead(row.last_seq, row.last_hash, row.anchor_seq, row.anchor_hash)


def append_events(
    target: Session | Connection,
    *events: AuditEvent,
    key: bytes | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> list[int]:
    """Append ``events`` in order inside the caller's transaction; returns their sequence numbers.

    ``target`` is an ORM session (on SQLite opened with ``db.session(write=True)``) or a Core
    connection from ``db.connect(write=True)``. ``key`` defaults to the chain key derived from the
    session's server secret. One lock of the chain, one multi-row insert and one move of the head for
    the lot: the chain is the same as appending them one by one, at a fraction of the statements.
    """
    if isinstance(target, Session):
        if key is None:
            key = chain_key(session_secret(target))
        conn = target.connection()
    else:
        if key is None:
            raise ValueError("append_events on a Core connection needs the chain key")
        conn = target
    if not events:
        return []
    head = _lock_chain_on(conn)
    seq, prev_hash = head.last_seq, head.last_hash
    recorded_at = clock()
    rows: list[dict[str, Any]] = []
    for event in events:
        seq += 1
        data = event.payload()
        data.update(kind=event.kind, seq=seq, recorded_at=recorded_at.isoformat())
        canonical = canonical_json(data)
        digest = record_mac(key, prev_hash, canonical)
        rows.append(
            {
                "seq": seq,
                "kind": event.kind,
                "occurred_at": event.occurred_at,
                "recorded_at": recorded_at,
                "actor_user_id": event.actor_user_id,
                "request_id": event.request_id,
                "canonical": canonical,
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        prev_hash = digest
    conn.execute(_INSERT_RECORD, rows)
    conn.execute(
        _MOVE_HEAD, {"new_seq": seq, "new_hash": prev_hash, "new_mac": head_mac(key, seq, prev_hash)}
    )
    return [row["seq"] for row in rows]


def _stored(record: AuditRecord) -> StoredEvent:
    data = json.loads(record.canonical)
    for column in ("kind", "seq", "recorded_at", "occurred_at", "actor_user_id", "request_id"):
        data.pop(column, None)
    return StoredEvent(
        seq=record.seq,
        kind=record.kind,
        occurred_at=record.occurred_at,
        recorded_at=record.recorded_at,
        actor_user_id=record.actor_user_id,
        request_id=record.request_id,
        data=data,
        prev_hash=record.prev_hash,
        hash=record.hash,
    )


def _columns_match(record: Row[Any] | AuditRecord, data: dict[str, Any]) -> bool:
    try:
        return (
            data.get("seq") == record.seq
            and data.get("kind") == record.kind
            and data.get("actor_user_id") == record.actor_user_id
            and data.get("request_id") == record.request_id
            and datetime.fromisoformat(str(data.get("occurred_at"))) == record.occurred_at
            and datetime.fromisoformat(str(data.get("recorded_at"))) == record.recorded_at
        )
    except ValueError:
        return False


class AuditLog:
    """The audit trail of one database, keyed with the server secret."""

    def __init__(self, db: Database, secret: str, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self._secret = secret
        self._key = chain_key(secret)
        #: Time of the records (``recorded_at``) and of purges: injectable, for tests and replays.
        self.clock = clock

    def append(self, *events: AuditEvent, within: Session | Connection | None = None) -> list[int]:
        """Append ``events``: in a transaction of their own, or ``within`` the caller's (atomic with the
        change they record). Returns their sequence numbers."""
        if within is not None:
            return append_events(within, *events, key=self._key, clock=self.clock)
        with self.db.session(write=True) as session:
            return append_events(session, *events, key=self._key, clock=self.clock)

    def verify(self) -> ChainReport:
        """Walk the chain up to its head as read at the start; name the first broken or missing record.

        Appends that commit meanwhile are beyond that head and are left for the next run; on
        PostgreSQL the walk runs in one REPEATABLE READ snapshot so that a concurrent purge is not
        mistaken for deleted records (SQLite read transactions are snapshots already).
        """
        with self.db.session() as session:
            if not self.db.is_sqlite:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            conn = session.connection()
            head = conn.execute(select(_HEAD).where(_HEAD.c.id == _HEAD_ID)).one_or_none()
            if head is None:
                return ChainReport(False, 0, 1, "ligne de tête du journal absente")
            expected_seq = head.anchor_seq + 1
            prev_hash = GENESIS_HASH
            if head.anchor_seq > 0:
                if not same(head.anchor_mac, anchor_mac(self._key, head.anchor_seq, head.anchor_hash)):
                    return ChainReport(False, 0, head.anchor_seq, "ancre de purge invalide (empreinte)")
                prev_hash = head.anchor_hash
            # Records at or below the anchor cannot exist unless someone re-inserted purged records.
            stray = conn.execute(
                select(func.min(_RECORDS.c.seq)).where(_RECORDS.c.seq <= head.anchor_seq)
            ).scalar_one_or_none()
            if stray is not None:
                return ChainReport(False, 0, stray, "antérieur à l'ancre de purge (réinséré ?)")
            keyring = load_keyring(conn, self._secret)
            if keyring is None or self._signed_with_another_key(conn, head, keyring):
                return ChainReport(False, 0, wrong_key=True)
            checked = 0
            after = head.anchor_seq
            while True:
                batch = conn.execute(
                    select(_RECORDS)
                    .where(_RECORDS.c.seq > after, _RECORDS.c.seq <= head.last_seq)
                    .order_by(_RECORDS.c.seq)
                    .limit(_BATCH)
                ).all()
                for record in batch:
                    if record.seq != expected_seq:
                        return ChainReport(False, checked, expected_seq, "manquant")
                    problem = self._check_record(record, prev_hash, keyring.key_for(record.seq))
                    if problem is not None:
                        return ChainReport(False, checked, record.seq, problem)
                    prev_hash = record.hash
                    expected_seq += 1
                    checked += 1
                if len(batch) < _BATCH:
                    break
                after = batch[-1].seq
            if expected_seq - 1 < head.last_seq:
                return ChainReport(False, checked, expected_seq, "manquant (fin du journal tronquée)")
            if not same(head.last_hash, prev_hash):
                return ChainReport(
                    False,
                    checked,
                    head.last_seq,
                    "tête du journal incohérente avec le dernier enregistrement",
                )
            if head.last_seq > 0 and not same(head.mac, head_mac(self._key, head.last_seq, head.last_hash)):
                return ChainReport(
                    False, checked, head.last_seq, "tête du journal modifiée (empreinte invalide)"
                )
            return ChainReport(True, checked)

    def _signed_with_another_key(self, conn: Connection, head: Row[Any], keyring: Keyring) -> bool:
        """True when neither the head's MAC nor the first record's verifies under this key.

        An edit leaves the other one valid (whoever edits a record without the key cannot re-sign
        the head, and the reverse), so both failing together means another secret, not tampering.
        """
        if head.last_seq == 0 or same(head.mac, head_mac(self._key, head.last_seq, head.last_hash)):
            return False
        first = conn.execute(
            select(_RECORDS).where(_RECORDS.c.seq > head.anchor_seq).order_by(_RECORDS.c.seq).limit(1)
        ).one_or_none()
        return first is not None and not same(
            first.hash, record_mac(keyring.key_for(first.seq), first.prev_hash, first.canonical)
        )

    def _check_record(self, record: Row[Any], prev_hash: str, key: bytes) -> str | None:
        if not same(record.prev_hash, prev_hash):
            return "chaînage rompu (empreinte précédente différente)"
        if not same(record.hash, record_mac(key, record.prev_hash, record.canonical)):
            return "modifié (empreinte invalide)"
        try:
            data = json.loads(record.canonical)
        except ValueError:
            return "illisible"
        if not isinstance(data, dict) or not _columns_match(record, data):
            return "colonnes modifiées ou déplacées"
        return None

    def verify_or_raise(self) -> int:
        """Like :meth:`verify` but raises :class:`AuditChainError`; returns the number of records."""
        report = self.verify()
        if not report.ok:
            raise AuditChainError(report.message)
        return report.checked

    def events(self, start: datetime | None = None, end: datetime | None = None) -> Iterator[StoredEvent]:
        """Records with ``start <= recorded_at < end``, in chain order, read in batches."""
        after = 0
        while True:
            with self.db.session() as session:
                query = select(AuditRecord).where(AuditRecord.seq > after)
                if start is not None:
                    query = query.where(AuditRecord.recorded_at >= start)
                if end is not None:
                    query = query.where(AuditRecord.recorded_at < end)
                batch = session.scalars(query.order_by(AuditRecord.seq).limit(_BATCH)).all()
                stored = [_stored(record) for record in batch]
            yield from stored
            if len(batch) < _BATCH:
                return
            after = batch[-1].seq

    def export(
        self,
        out: TextIO,
        start: datetime | None = None,
        end: datetime | None = None,
        fmt: Literal["csv", "json"] = "json",
    ) -> int:
        """Write the records of ``[start, end)`` to ``out`` as CSV or JSON; returns how many."""

        return export_events(self.events(start, end), out, fmt)

    def purge(self, retention_days: int, *, now: datetime | None = None) -> int:
        """Delete records older than ``retention_days``; an anchor keeps what remains verifiable.

        Returns the number of records deleted. A ``audit.purged`` event records the purge itself.
        """
        if retention_days < 1:
            raise ValueError("retention_days must be positive")
        cutoff = (now or self.clock()) - timedelta(days=retention_days)
        with self.db.session(write=True) as session:
            head = lock_chain(session)
            conn = session.connection()
            through = conn.execute(
                select(func.max(_RECORDS.c.seq)).where(_RECORDS.c.recorded_at < cutoff)
            ).scalar_one_or_none()
            if through is None or through <= head.anchor_seq:
                return 0
            last_hash = conn.execute(
                select(_RECORDS.c.hash).where(_RECORDS.c.seq == through)
            ).scalar_one_or_none()
            if last_hash is None:  # the chain is already broken there: refuse to hide it
                raise AuditChainError(f"enregistrement n°{through} manquant : purge refusée")
            count = conn.execute(delete(_RECORDS).where(_RECORDS.c.seq <= through)).rowcount
            conn.execute(
                update(_HEAD)
                .where(_HEAD.c.id == _HEAD_ID)
                .values(
                    anchor_seq=through,
                    anchor_hash=last_hash,
                    anchor_mac=anchor_mac(self._key, through, last_hash),
                )
            )
            event = ChainPurged(purged_count=count, through_seq=through, retention_days=retention_days)
            append_events(session, event, key=self._key, clock=self.clock)
            return count
