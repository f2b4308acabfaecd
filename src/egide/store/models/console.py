"""Tables of the console: sign-in sessions and login attempts (for the lock-out).

A session is stored by the SHA-256 of its random token (the cookie holds the token; a copy of this
table does not let anyone sign in). Login attempts keep keyed hashes of the name typed and of the
client address, never the name or the address themselves: a mistyped login can be anything.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from egide.store.base import Base
from egide.store.types import UTCDateTime


class ConsoleSession(Base):
    __tablename__ = "console_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    #: How the person signed in: « password » or « oidc ».
    method: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class LoginAttempt(Base):
    __tablename__ = "console_login_attempts"
    __table_args__ = (
        Index("ix_console_login_attempts_account_at", "account_hash", "at"),
        Index("ix_console_login_attempts_address_at", "address_hash", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    account_hash: Mapped[str] = mapped_column(String(64))
    address_hash: Mapped[str] = mapped_column(String(64))
    succeeded: Mapped[bool] = mapped_column(Boolean)
