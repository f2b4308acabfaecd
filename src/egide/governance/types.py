"""Value types of the governance registry: roles, classes, statuses and read-only views.

Views are frozen dataclasses built inside a session and safe to use after it closes: the gateway,
the policy and shadow-AI discovery read them, never the ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from egide.confidentiality import Confidentiality


class Role(StrEnum):
    ADMIN = "admin"
    DPO = "dpo"
    RSSI = "rssi"
    REFERENT = "referent"
    PROFESSIONAL = "professional"
    #: A service account for one of the establishment's applications (no training, no charter).
    APPLICATION = "application"


class ToolStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    SUSPENDED = "suspended"
    RETIRED = "retired"


@dataclass(frozen=True)
class Principal:
    """Who is calling, once the API key is authenticated."""

    user_id: int
    role: Role
    key_id: int
    display_name: str
    #: Set when this is a person named by an application (its end-user header): the application's
    #: own user id; ``key_id`` is then the application's key. None: the key's own user.
    application_user_id: int | None = None


@dataclass(frozen=True)
class Route:
    """Where a model alias leads: the approved tool, its upstream and the decrypted credential."""

    alias: str
    tool_id: int
    tool_name: str
    confidentiality: Confidentiality
    base_url: str
    api_key: str | None
    upstream_model: str
    visible_mention: str | None

    @property
    def is_builtin(self) -> bool:
        """True for tools answered by égide itself (``builtin:…`` base URL, e.g. « aperçu »)."""
        return self.base_url.startswith("builtin:")


@dataclass(frozen=True)
class ToolView:
    id: int
    name: str
    base_url: str
    status: ToolStatus
    confidentiality: Confidentiality
    aliases: tuple[str, ...]
    #: (alias, upstream model) pairs, in alias order.
    models: tuple[tuple[str, str], ...]
    has_credential: bool
    visible_mention: str | None


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    email: str
    role: Role
    active: bool
    trained_until: date | None
    accepted_current_charter: bool
    #: The person's unit or department, if known (coverage is counted by service).
    service: str | None = None


@dataclass(frozen=True)
class KeyView:
    id: int
    user_id: int
    prefix: str
    label: str | None
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class NewKey:
    """A key just created: ``secret`` is shown once and never stored."""

    id: int
    user_id: int
    prefix: str
    secret: str


@dataclass(frozen=True)
class CharterView:
    id: int
    version: str
    title: str
    published_at: datetime
    body: str = ""


@dataclass(frozen=True)
class AcceptanceView:
    """A person's acceptance of one charter version."""

    charter_id: int
    version: str
    title: str
    published_at: datetime
    accepted_at: datetime


@dataclass(frozen=True)
class CharterVersionView:
    """A published charter version and how many people accepted it."""

    id: int
    version: str
    title: str
    published_at: datetime
    acceptances: int
