"""Compliance settings (part of ``egide.settings.Settings``): who the establishment is, for its documents.

In ``egide.toml``::

    [compliance]
    establishment = "Centre hospitalier de Trouville"
    dpo_contact = "dpo@ch-trouville.fr"      # a functional address, not a person's own
    notice_url = "https://egide.ch-trouville.fr/console/notice"
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, field_validator

DEFAULT_ESTABLISHMENT = "l'établissement"
DEFAULT_LEGAL_BASIS = (
    "Mission d'intérêt public (RGPD art. 6.1.e) ; données de santé traitées pour la prise en charge "
    "des patients et la gestion des services de santé (art. 9.2.h) — à confirmer par le DPO"
)


class ComplianceConfig(BaseModel):
    establishment: str = Field(
        DEFAULT_ESTABLISHMENT,
        max_length=200,
        description="Name of the establishment (controller) on the patient notice and the register entry.",
    )
    dpo_contact: str = Field(
        "",
        max_length=200,
        description="How patients reach the DPO: a functional address or a postal address, never a "
        "person's own; shown on the public notice. Empty: the notice says to ask the establishment.",
    )
    notice_url: str = Field(
        "",
        max_length=300,
        description="Public address of the patient notice, printed on the documents (empty: not printed).",
    )
    timezone: str = Field("Europe/Paris", description="Time zone of the dates printed on the documents.")
    legal_basis: str = Field(
        DEFAULT_LEGAL_BASIS,
        max_length=600,
        description="Legal basis stated in the processing register entry.",
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone: {value}") from None
        return value
