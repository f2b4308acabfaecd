"""Tables of the audit trail: the chained records, the chain head (the append lock) and the purge anchor."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from egide.store.base import Base
from egide.store.types import UTCDateTime

#: ``prev_hash`` of the first record ever written.
GENESIS_HASH = "0" * 64


class AuditRecord(Base):
    """One event. ``canonical`` is the truth; the other columns repeat some of it for queries.

    ``hash`` = HMAC-SHA256(server key, ``prev_hash`` + "\\n" + ``canonical``), and ``prev_hash`` is
    the ``hash`` of the record ``seq - 1`` (or of the purge anchor, or :data:`GENESIS_HASH`).
    """

    __tablename__ = "audit_records"
    #: The dashboard counts the events of one kind in a period: this index reads only those rows.
    __table_args__ = (Index("ix_audit_records_kind_occurred_at", "kind", "occurred_at"),)

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    kind: Mapped[str] = mapped_column(String(80), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor_user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    request_id: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    canonical: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The single row (id 1) locked by every append: it serialises writers and remembers the chain's end.

    ``mac`` keys (``last_seq``, ``last_hash``) so that truncating the tail and rewinding the head is seen.
    The ``anchor_*`` columns record the last purged record (retention), keyed the same way.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)
    anchor_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    anchor_hash: Mapped[str] = mapped_column(String(64))
    anchor_mac: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditSegment(Base):
    """A past segment of the chain: records up to ``until_seq`` (after the previous segment) were
    signed with a chain key that a secret rotation retired; that key is kept here sealed (Fernet)
    under a key derived from the current secret, so the whole journal verifies with one secret."""

    __tablename__ = "audit_segments"

    until_seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    sealed_key: Mapped[bytes] = mapped_column(LargeBinary)
    rotated_at: Mapped[datetime] = mapped_column(UTCDateTime)
