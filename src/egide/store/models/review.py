"""Tables of a tool's review: its assessment, the opinions on it and the decisions taken.

The assessment is one row per tool (its current answers, NULL where not answered yet); ``review_round`` counts the rounds of
opinions: a change that needs the opinions again (a new model version, a higher class) opens the
next round, and only opinions of the current round count. Opinions and decisions are never
updated: the latest opinion of a role in a round is that role's opinion, the rows are the history.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from egide.store.base import Base
from egide.store.models.governance import CONFIDENTIALITY_VALUES
from egide.store.models.governance import _one_of as one_of
from egide.store.types import UTCDateTime, utcnow

OPINION_ROLE_VALUES = ("dpo", "rssi", "referent")
VERDICT_VALUES = ("favourable", "reserved", "unfavourable")
OUTCOME_VALUES = ("approved", "suspended", "retired")


class ToolAssessment(Base):
    __tablename__ = "tool_assessments"
    __table_args__ = (
        CheckConstraint(
            f"override_class IS NULL OR {one_of('override_class', CONFIDENTIALITY_VALUES)}",
            name="override_class",
        ),
    )

    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), primary_key=True)
    vendor: Mapped[str | None] = mapped_column(String(200), nullable=True)
    model_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    model_version: Mapped[str | None] = mapped_column(String(100), nullable=True)
    purpose: Mapped[str | None] = mapped_column(Text, nullable=True)
    hosting: Mapped[str | None] = mapped_column(String(20), nullable=True)
    hosting_country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    hds_certificate_number: Mapped[str | None] = mapped_column(String(100), nullable=True)
    #: Activities 1 to 6 of the HDS référentiel, comma-separated (« 2,3,4,5 »).
    hds_activities: Mapped[str | None] = mapped_column(String(20), nullable=True)
    hds_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    storage_in_eea: Mapped[str | None] = mapped_column(String(10), nullable=True)
    inputs_reused_for_training: Mapped[str | None] = mapped_column(String(10), nullable=True)
    retention_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    gdpr_contract: Mapped[str | None] = mapped_column(String(10), nullable=True)
    gdpr_contract_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    transfers_outside_eea: Mapped[str | None] = mapped_column(String(20), nullable=True)
    ai_act_role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    ai_act_risk: Mapped[str | None] = mapped_column(String(20), nullable=True)
    medical_device: Mapped[str | None] = mapped_column(String(20), nullable=True)
    authorised_uses: Mapped[str | None] = mapped_column(Text, nullable=True)
    forbidden_uses: Mapped[str | None] = mapped_column(Text, nullable=True)
    override_class: Mapped[str | None] = mapped_column(String(20), nullable=True)
    override_justification: Mapped[str | None] = mapped_column(Text, nullable=True)
    override_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    override_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    review_round: Mapped[int] = mapped_column(Integer, default=1)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class ToolOpinion(Base):
    __tablename__ = "tool_opinions"
    __table_args__ = (
        CheckConstraint(one_of("role", OPINION_ROLE_VALUES), name="role"),
        CheckConstraint(one_of("verdict", VERDICT_VALUES), name="verdict"),
        Index("ix_tool_opinions_tool_round", "tool_id", "review_round"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"))
    review_round: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    verdict: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ToolDecision(Base):
    __tablename__ = "tool_decisions"
    __table_args__ = (CheckConstraint(one_of("outcome", OUTCOME_VALUES), name="outcome"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    review_round: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str] = mapped_column(String(20))
    rationale: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
