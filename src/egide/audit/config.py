"""Audit settings (part of ``egide.settings.Settings``)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class AuditConfig(BaseModel):
    retention_days: int = Field(
        183, ge=183, description="At least six months, as the AI Act asks of deployers (art. 26(6))."
    )
