"""Tables of the assistant: conversations a person chose to keep, and incidents they reported.

Both hold text only sealed (Fernet, key derived from the server secret for the assistant's records):
a conversation is kept only when its owner asks, until the retention the DPO sets; an incident's
comment is masked by the detection engine before it is sealed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from egide.store.base import Base
from egide.store.types import UTCDateTime, utcnow


class SavedConversation(Base):
    __tablename__ = "assistant_conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Deleted by the purge from then on (the DPO's retention, counted from the last save).
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    #: Fernet token of the conversation as JSON (title, tool, model, messages).
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class AssistantIncident(Base):
    __tablename__ = "assistant_incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    category: Mapped[str] = mapped_column(String(40))
    #: The gateway request of the answer concerned, when the report is about one.
    request_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    tool_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: Fernet token of the comment, identifiers masked; None without a comment.
    sealed_comment: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
