"""Governance settings (part of ``egide.settings.Settings``)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class GovernanceConfig(BaseModel):
    alert_days: int = Field(
        60,
        ge=0,
        le=3650,
        description="Days before an HDS certificate or a GDPR art. 28 contract expires from which the console "
        "and `egide tools alerts` announce it.",
    )
