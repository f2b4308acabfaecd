"""Console settings (part of ``egide.settings.Settings``, section ``[console]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, HttpUrl


class OidcConfig(BaseModel):
    """Single sign-on with an OpenID Connect provider (Keycloak, AD FS…); off while ``issuer`` is empty."""

    issuer: str = Field("", description="The provider's issuer URL (its /.well-known/openid-configuration).")
    client_id: str = ""
    client_secret: str = Field(
        "", description="Confidential client's secret (EGIDE_CONSOLE__OIDC__CLIENT_SECRET)."
    )
    scopes: str = "openid email profile"
    role_claim: str = Field(
        "roles", description="Claim of the ID token or user info holding the role values."
    )
    role_mapping: dict[str, str] = Field(
        default_factory=dict,
        description="Claim value → égide role (admin, dpo, rssi, referent, professional); first match by role "
        "rank wins; no match: login refused.",
    )
    users: Literal["match", "create"] = Field(
        "match",
        description="match: only people already in the registry (by e-mail) may sign in; create: an unknown "
        "e-mail gets an account with the mapped role.",
    )
    sync_role: bool = Field(
        True, description="Update an existing person's role from the claim at each sign-in."
    )
    button_label: str = "Connexion avec le compte de l'établissement"
    redirect_url: HttpUrl | None = Field(
        None, description="Callback URL registered at the provider; default: built from the request."
    )

    @property
    def enabled(self) -> bool:
        return bool(self.issuer and self.client_id)


class ConsoleConfig(BaseModel):
    cookie_secure: bool | None = Field(
        None,
        description="Secure flag of the session cookie. None (auto): set, unless égide serves plain HTTP on a "
        "loopback address with no TLS and no reverse proxy configured (a developer's machine, where the "
        "browser would drop a Secure cookie sent over http://).",
    )
    session_idle_minutes: int = Field(30, gt=0, description="A session unused this long ends.")
    session_absolute_hours: int = Field(
        12, gt=0, description="A session ends this long after sign-in, in use or not."
    )
    login_max_failures: int = Field(5, gt=0, description="Failed logins of one account before it is locked.")
    address_max_failures: int = Field(
        20, gt=0, description="Failed logins from one client address (any account) before it is locked."
    )
    login_window_minutes: int = Field(
        15,
        gt=0,
        description="Failures are counted over this window (for an account: since its last successful login); "
        "an account or address stays locked while it holds as many failures as its limit.",
    )
    password_min_length: int = Field(12, ge=8)
    oidc: OidcConfig = Field(default_factory=OidcConfig)
