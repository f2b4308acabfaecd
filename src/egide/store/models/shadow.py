"""Tables of shadow-AI discovery: the scans, their usage rows, and the sealed identities.

Usage rows carry pseudonyms only. The identity behind a pseudonym is kept once, sealed with a key
derived from the server secret, for the DPO's reveal (an audit event). Hosts are stored, never paths
or query strings.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from egide.store.base import Base
from egide.store.types import UTCDateTime, utcnow

KIND_VALUES = ("approved", "unapproved", "embedded", "suspicious")


class ShadowScan(Base):
    """One discovery run over a set of proxy logs."""

    __tablename__ = "shadow_scans"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    period_start: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    period_end: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    files: Mapped[int] = mapped_column(Integer)
    formats: Mapped[str] = mapped_column(String(100))
    lines: Mapped[int] = mapped_column(BigInteger)
    records: Mapped[int] = mapped_column(BigInteger)
    ignored: Mapped[int] = mapped_column(BigInteger)
    malformed: Mapped[int] = mapped_column(BigInteger)
    ai_requests: Mapped[int] = mapped_column(BigInteger)
    uploads_known: Mapped[bool] = mapped_column(Boolean)
    catalogue_version: Mapped[str] = mapped_column(String(40))
    approved_tools: Mapped[int] = mapped_column(Integer)


class ShadowUsage(Base):
    """Use of one destination on one day by one pseudonymised user of one service."""

    __tablename__ = "shadow_usage"
    __table_args__ = (
        CheckConstraint(f"kind IN ({', '.join(repr(v) for v in KIND_VALUES)})", name="kind"),
        Index("ix_shadow_usage_scan_host", "scan_id", "host"),
        Index("ix_shadow_usage_scan_day", "scan_id", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scan_id: Mapped[str] = mapped_column(ForeignKey("shadow_scans.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    host: Mapped[str] = mapped_column(String(253))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(20))
    vendor: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(60))
    eea: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    catalogue_domain: Mapped[str] = mapped_column(String(253))
    tool: Mapped[str] = mapped_column(String(120))
    service: Mapped[str] = mapped_column(String(200))
    user_pseudonym: Mapped[str] = mapped_column(String(80))
    requests: Mapped[int] = mapped_column(Integer)
    blocked: Mapped[int] = mapped_column(Integer)
    bytes_sent: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    bytes_received: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime)


class ShadowIdentity(Base):
    """The sealed identity (login or address) behind a pseudonym; opened only by the DPO."""

    __tablename__ = "shadow_identities"

    pseudonym: Mapped[str] = mapped_column(String(80), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    first_recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
