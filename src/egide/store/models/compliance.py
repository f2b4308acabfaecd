"""Tables of the compliance evidence: the referential versions adopted and the DPO's statuses.

Both are append-only histories: the version in use is the last adopted, a requirement's status is
the last one set. Nothing here holds text of patients: requirement ids, statuses, the DPO's comment.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from egide.store.base import Base
from egide.store.types import UTCDateTime, utcnow

STATUS_VALUES = ("compliant", "partial", "non_compliant", "not_applicable")


class ComplianceReferential(Base):
    """A version of the regulatory referential adopted by the establishment, with its exact text."""

    __tablename__ = "compliance_referentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(20), unique=True)
    #: The TOML text adopted: a version loaded from a file stays readable after an upgrade of égide.
    source_text: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
    adopted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    adopted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class ComplianceStatus(Base):
    """The DPO's status of one requirement, with a comment; the last row per requirement is current."""

    __tablename__ = "compliance_statuses"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(v) for v in STATUS_VALUES)})", name="status"),
        Index("ix_compliance_statuses_requirement", "requirement_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    requirement_id: Mapped[str] = mapped_column(String(60))
    referential_version: Mapped[str] = mapped_column(String(20))
    #: Fingerprint of the requirement's wording when the status was set (a later change asks a review).
    requirement_digest: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text)
    set_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
