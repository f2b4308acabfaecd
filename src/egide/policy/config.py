"""Policy settings (part of ``egide.settings.Settings``)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class Action(StrEnum):
    ALLOW = "allow"
    PSEUDONYMISE = "pseudonymise"
    BLOCK = "block"


class PolicyConfig(BaseModel):
    """Decision by the tool's confidentiality class when identifying data is found."""

    matrix: dict[str, Action] = Field(
        default_factory=lambda: {
            "public": Action.BLOCK,
            "contracted": Action.PSEUDONYMISE,
            "hds": Action.PSEUDONYMISE,
            "on_premise": Action.PSEUDONYMISE,
        }
    )
