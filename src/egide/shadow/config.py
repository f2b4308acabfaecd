"""Shadow-AI discovery settings (part of ``egide.settings.Settings``)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, field_validator


class ShadowConfig(BaseModel):
    site_catalogue: Path | None = Field(
        None,
        description="CSV of domains that add to or override the catalogue (same columns as the shipped file; "
        "an `ignore` column set to `yes` marks a domain as not generative AI).",
    )
    catalogue_file: Path | None = Field(
        None,
        description="Catalogue written by `egide shadow catalogue update`; replaces the shipped catalogue when "
        "present. Default: <data_dir>/shadow/genai_domains.csv.",
    )
    users_file: Path | None = Field(
        None,
        description="User → service: a CSV (login, IP address or CIDR network → service) or an LDIF directory export.",
    )
    timezone: str = Field("Europe/Paris", description="Time zone in which days are counted.")
    suspicious_upload_bytes: int = Field(
        1_000_000,
        ge=0,
        description="A `.ai` host outside the catalogue is reported as suspicious once this many bytes were sent to it.",
    )
    malformed_samples: int = Field(5, ge=0, le=100, description="How many malformed lines the summary shows.")
    identify_by_ip: bool = Field(
        True, description="Use the client address as the identity when the proxy logs no user name."
    )
    jobs: int = Field(
        0,
        ge=0,
        le=64,
        description="Processes reading one large plain Squid or common/combined log; 0: one per core (up to 8).",
    )
    pseudonym_length: int = Field(12, ge=8, le=64, description="Hex digits kept from the keyed hash.")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value
