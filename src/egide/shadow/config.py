"""Shadow-AI discovery settings (part of ``egide.settings.Settings``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field


class ShadowConfig(BaseModel):
    site_catalogue: Path | None = Field(
        None, description="CSV of domains to add to or override the catalogue."
    )
    users_file: Path | None = Field(None, description="CSV user → service (directory export).")
