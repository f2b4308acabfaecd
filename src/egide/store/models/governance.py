"""Tables of the governance registry: tools and their model aliases, people, keys, training, charter."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from egide.store.base import Base
from egide.store.types import UTCDateTime, utcnow

CONFIDENTIALITY_VALUES = ("public", "contracted", "hds", "on_premise")
TOOL_STATUS_VALUES = ("proposed", "approved", "suspended", "retired")
ROLE_VALUES = ("admin", "dpo", "rssi", "referent", "professional", "application")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Tool(Base):
    """An upstream (OpenAI-compatible base URL) with a confidentiality class and a status."""

    __tablename__ = "tools"
    __table_args__ = (
        CheckConstraint(_one_of("confidentiality", CONFIDENTIALITY_VALUES), name="confidentiality"),
        CheckConstraint(_one_of("status", TOOL_STATUS_VALUES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    base_url: Mapped[str] = mapped_column(String(500))
    #: Fernet token of the upstream API key (key derived from the server secret); None: no credential.
    api_key_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    confidentiality: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    visible_mention: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    models: Mapped[list[ToolModel]] = relationship(
        back_populates="tool", cascade="all, delete-orphan", order_by="ToolModel.alias"
    )


class ToolModel(Base):
    """A model of a tool, exposed to clients under a local alias (``alias`` → ``upstream_model``)."""

    __tablename__ = "tool_models"
    __table_args__ = (UniqueConstraint("tool_id", "alias", name="uq_tool_models_tool_alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(120), index=True)
    upstream_model: Mapped[str] = mapped_column(String(200))

    tool: Mapped[Tool] = relationship(back_populates="models")


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_one_of("role", ROLE_VALUES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Argon2id hash of the console password (``egide users password``); None: no local login.
    password_hash: Mapped[str | None] = mapped_column(String(255), nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: The person's unit or department (« Cardiologie », « Urgences »): coverage is counted by service.
    service: Mapped[str | None] = mapped_column(String(120), nullable=True, index=True)


class ApiKey(Base):
    """An API key, stored as the SHA-256 of a high-entropy secret; only its prefix is kept for display."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    prefix: Mapped[str] = mapped_column(String(32), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    user: Mapped[User] = relationship()


class TrainingModule(Base):
    """A training the establishment offers, valid ``validity_months`` after completion.

    Mandatory for the roles listed in ``training_module_roles``; a retired module (``active`` false)
    binds no one any more but keeps its records.
    """

    __tablename__ = "training_modules"
    __table_args__ = (CheckConstraint("validity_months BETWEEN 1 AND 120", name="validity_months"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    validity_months: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    roles: Mapped[list[TrainingModuleRole]] = relationship(
        cascade="all, delete-orphan", order_by="TrainingModuleRole.role"
    )


class TrainingModuleRole(Base):
    """A role for which a training module is mandatory (one row per module and role)."""

    __tablename__ = "training_module_roles"
    __table_args__ = (CheckConstraint(_one_of("role", ROLE_VALUES), name="role"),)

    module_id: Mapped[int] = mapped_column(
        ForeignKey("training_modules.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class TrainingRecord(Base):
    """A completed AI-literacy training (AI Act art. 4), valid from ``completed_on`` to ``valid_until``.

    ``module_id`` names the module completed; records from before modules existed have none.
    """

    __tablename__ = "training_records"
    __table_args__ = (CheckConstraint("valid_until >= completed_on", name="validity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    completed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    module_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_modules.id"), nullable=True, index=True
    )


class Charter(Base):
    """A version of the establishment's AI charter; the current one is the last published."""

    __tablename__ = "charters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CharterAcceptance(Base):
    __tablename__ = "charter_acceptances"
    __table_args__ = (UniqueConstraint("user_id", "charter_id", name="uq_charter_acceptances_user_charter"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    charter_id: Mapped[int] = mapped_column(ForeignKey("charters.id", ondelete="CASCADE"), index=True)
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
