"""Policy settings (part of ``egide.settings.Settings``).

The establishment changes the matrix in ``egide.toml``::

    [policy]
    weak_threshold = 4     # a year and a city pass a public tool; an age of 92 and a day do not

    [policy.matrix]
    public = "block"
    contracted = "pseudonymise"
    hds = "allow"          # send identifying data to HDS-certified hosting as it is
    on_premise = "allow"

    [policy.unscannable]
    on_premise = true      # images and files may reach the establishment's own models
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field, field_validator

from egide.confidentiality import CONFIDENTIALITY_CLASSES
from egide.policy.weighing import WEAK_THRESHOLD


class Action(StrEnum):
    ALLOW = "allow"
    PSEUDONYMISE = "pseudonymise"
    BLOCK = "block"


def _check_classes(value: dict[str, object]) -> None:
    unknown = sorted(set(value) - set(CONFIDENTIALITY_CLASSES))
    if unknown:
        raise ValueError(f"unknown confidentiality class(es): {', '.join(unknown)}")


class PolicyConfig(BaseModel):
    """Decision by the tool's confidentiality class when identifying data is found."""

    matrix: dict[str, Action] = Field(
        default_factory=lambda: {
            "public": Action.BLOCK,
            "contracted": Action.PSEUDONYMISE,
            "hds": Action.PSEUDONYMISE,
            "on_premise": Action.PSEUDONYMISE,
        },
        description="Action per confidentiality class when the request holds identifying data. "
        "A class missing from the matrix blocks (fail closed).",
    )
    unscannable: dict[str, bool] = Field(
        default_factory=lambda: {"public": False, "contracted": False, "hds": False, "on_premise": False},
        description="Whether content égide cannot read (images, audio, files) may reach a tool of this class.",
    )

    weak_threshold: int = Field(
        WEAK_THRESHOLD,
        ge=1,
        description="For a class that blocks identifying data: the weight at which weak quasi-identifiers "
        "found together (a date, a place, an establishment, an age; table in egide.policy.weighing) block "
        "a request with no direct identifier. Direct identifiers always block.",
    )

    @field_validator("matrix", "unscannable")
    @classmethod
    def _known_classes(cls, value: dict[str, object]) -> dict[str, object]:
        _check_classes(value)
        return value
