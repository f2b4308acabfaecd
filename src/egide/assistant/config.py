"""The assistant's settings (part of ``egide.settings.Settings``): what the DPO decides."""

from __future__ import annotations

from pydantic import BaseModel, Field


class AssistantConfig(BaseModel):
    retention_days: int = Field(
        30,
        ge=1,
        le=3650,
        description="Days a conversation saved on the server is kept after its last save (the DPO's "
        "choice); `egide assistant purge` and the server delete it after. By default nothing is kept.",
    )
    max_saved: int = Field(
        50, ge=1, le=10_000, description="Conversations one person may keep on the server."
    )
