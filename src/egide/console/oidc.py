"""Single sign-on with OpenID Connect: the authorisation code flow with PKCE, as a confidential client.

Authlib's client builds the authorisation URL and exchanges the code (``client_secret_basic``);
joserfc (Authlib's JOSE library) checks the ID token: signature against the provider's published
keys, issuer, audience, expiry, issue time and the nonce sent. The provider's metadata and keys are
read at the first sign-in (not at start-up: égide starts without its provider), and the keys once
more when a token names a key not seen yet (the provider rotated them).

Between the redirect to the provider and its return, the state, nonce, PKCE verifier and the page
asked for live in a short cookie signed with ``Purpose.CONSOLE_OIDC`` (no server state for people
not signed in). The person is then found by e-mail (or created, per ``console.oidc.users``), and
their role read from the configured claim through ``console.oidc.role_mapping``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx2 as httpx  # the HTTP client Authlib itself uses (httpx2, the maintained successor of httpx)
from authlib.integrations.httpx_client import AsyncOAuth2Client
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.console.config import OidcConfig
from egide.console.events import RoleSynchronised
from egide.governance import Role, add_user
from egide.store.models.governance import User

#: How long a person may take on the provider's page.
PENDING_SECONDS = 600
_TIMEOUT = httpx.Timeout(10.0)
#: Signature algorithms accepted for ID tokens (never « none », never a symmetric one).
ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]
#: When several mapped values match, the role kept is the first in this order.
ROLE_RANK = (Role.ADMIN, Role.DPO, Role.RSSI, Role.REFERENT, Role.PROFESSIONAL)


class OidcRefused(Exception):
    """Sign-in by the provider refused; ``code`` goes to the journal, ``message`` (French) to the person."""

    def __init__(self, code: str, message: str, user_id: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.user_id = user_id


@dataclass(frozen=True)
class Pending:
    """What the callback must find again: the request's state, nonce, PKCE verifier, and where to go."""

    state: str
    nonce: str
    verifier: str
    next: str
    expires: int


def seal_pending(key: bytes, pending: Pending) -> str:
    body = base64.urlsafe_b64encode(json.dumps(pending.__dict__, separators=(",", ":")).encode()).decode()
    mac = hmac.new(key, body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{mac}"


def open_pending(key: bytes, value: str, now: datetime) -> Pending | None:
    body, _, mac = value.rpartition(".")
    if not body or not hmac.compare_digest(mac, hmac.new(key, body.encode(), hashlib.sha256).hexdigest()):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(body.encode()))
        pending = Pending(**data)
    except (ValueError, TypeError):
        return None
    return pending if pending.expires >= now.timestamp() else None


@dataclass(frozen=True)
class Metadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    userinfo_endpoint: str | None
    jwks_uri: str


class OidcClient:
    """One provider, as configured in ``console.oidc``; its metadata and keys cached in memory."""

    def __init__(self, config: OidcConfig) -> None:
        self.config = config
        self._metadata: Metadata | None = None
        self._keys: KeySet | None = None

    async def metadata(self) -> Metadata:
        if self._metadata is None:
            url = self.config.issuer.rstrip("/") + "/.well-known/openid-configuration"
            data = await _get_json(url)
            if (
                data.get("issuer") != self.config.issuer.rstrip("/")
                and data.get("issuer") != self.config.issuer
            ):
                raise OidcRefused("issuer_mismatch", "Le fournisseur d'identité annonce un autre émetteur.")
            try:
                self._metadata = Metadata(
                    issuer=str(data["issuer"]),
                    authorization_endpoint=str(data["authorization_endpoint"]),
                    token_endpoint=str(data["token_endpoint"]),
                    userinfo_endpoint=data.get("userinfo_endpoint"),
                    jwks_uri=str(data["jwks_uri"]),
                )
            except KeyError:
                raise OidcRefused(
                    "bad_metadata", "La configuration du fournisseur d'identité est incomplète."
                ) from None
        return self._metadata

    async def _key_set(self, *, refresh: bool = False) -> KeySet:
        if self._keys is None or refresh:
            metadata = await self.metadata()
            self._keys = KeySet.import_key_set(await _get_json(metadata.jwks_uri))  # type: ignore[arg-type]
        return self._keys

    def _client(self, redirect_uri: str) -> AsyncOAuth2Client:
        return AsyncOAuth2Client(
            client_id=self.config.client_id,
            client_secret=self.config.client_secret,
            scope=self.config.scopes,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=_TIMEOUT,
        )

    async def start(self, redirect_uri: str, next_page: str, now: datetime) -> tuple[str, Pending]:
        """The provider's URL to send the browser to, and what the callback must check."""
        metadata = await self.metadata()
        pending = Pending(
            state=secrets.token_urlsafe(24),
            nonce=secrets.token_urlsafe(24),
            verifier=secrets.token_urlsafe(48),
            next=next_page,
            expires=int(now.timestamp()) + PENDING_SECONDS,
        )
        async with self._client(redirect_uri) as client:
            url, _ = client.create_authorization_url(
                metadata.authorization_endpoint,
                state=pending.state,
                nonce=pending.nonce,
                code_verifier=pending.verifier,
            )
        return str(url), pending

    async def finish(self, pending: Pending, code: str, redirect_uri: str) -> dict[str, Any]:
        """Exchange the code, check the ID token, add the user info: the person's claims."""
        metadata = await self.metadata()
        try:
            async with self._client(redirect_uri) as client:
                token = await client.fetch_token(
                    metadata.token_endpoint,
                    code=code,
                    code_verifier=pending.verifier,
                    grant_type="authorization_code",
                )
                claims = await self._id_token_claims(str(token.get("id_token", "")), pending.nonce)
                if metadata.userinfo_endpoint:
                    response = await client.get(metadata.userinfo_endpoint)
                    if response.status_code == 200:
                        info = response.json()
                        if isinstance(info, dict) and info.get("sub") == claims.get("sub"):
                            claims = {**info, **claims}
        except (httpx.HTTPError, ValueError, KeyError) as exc:
            raise OidcRefused(
                "token_exchange_failed", "Le fournisseur d'identité n'a pas confirmé la connexion."
            ) from exc
        except Exception as exc:  # Authlib's OAuth errors (error=invalid_grant…) have no common public base
            if type(exc).__module__.startswith("authlib"):
                raise OidcRefused(
                    "token_exchange_failed", "Le fournisseur d'identité n'a pas confirmé la connexion."
                ) from exc
            raise
        return claims

    async def _id_token_claims(self, id_token: str, nonce: str) -> dict[str, Any]:
        if not id_token:
            raise OidcRefused("no_id_token", "Le fournisseur d'identité n'a pas renvoyé de jeton d'identité.")
        try:
            try:
                decoded = jwt.decode(id_token, await self._key_set(), algorithms=ALGORITHMS)
            except JoseError:
                decoded = jwt.decode(id_token, await self._key_set(refresh=True), algorithms=ALGORITHMS)
            issuer = (await self.metadata()).issuer
            registry = jwt.JWTClaimsRegistry(
                iss={"essential": True, "value": issuer},
                aud={"essential": True, "value": self.config.client_id},
                sub={"essential": True},
                exp={"essential": True},
                iat={"essential": True},
                nonce={"essential": True, "value": nonce},
                leeway=60,
            )
            registry.validate(decoded.claims)
        except (JoseError, ValueError) as exc:
            raise OidcRefused(
                "bad_id_token", "Le jeton d'identité du fournisseur n'est pas valable."
            ) from exc
        claims = dict(decoded.claims)
        audience = claims.get("aud")
        if isinstance(audience, list) and len(audience) > 1 and claims.get("azp") != self.config.client_id:
            raise OidcRefused("bad_id_token", "Le jeton d'identité du fournisseur n'est pas valable.")
        return claims


async def _get_json(url: str) -> dict[str, Any]:
    try:
        async with httpx.AsyncClient(timeout=_TIMEOUT) as client:
            response = await client.get(url)
            response.raise_for_status()
            data = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise OidcRefused("provider_unavailable", "Le fournisseur d'identité ne répond pas.") from exc
    if not isinstance(data, dict):
        raise OidcRefused("bad_metadata", "La configuration du fournisseur d'identité est illisible.")
    return data


def claim_values(claims: Mapping[str, Any], name: str) -> list[str]:
    """The values of a claim: a string, a list, or a dotted path (Keycloak's ``realm_access.roles``)."""
    value: Any = claims
    for part in name.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(item) for item in value if isinstance(item, str | int)]
    return []


def role_from_claims(claims: Mapping[str, Any], config: OidcConfig) -> Role | None:
    """The highest role (:data:`ROLE_RANK`) that a value of the role claim maps to, or None."""
    mapped = set()
    for value in claim_values(claims, config.role_claim):
        target = config.role_mapping.get(value)
        if target is not None:
            mapped.add(Role(target))
    return next((role for role in ROLE_RANK if role in mapped), None)


def person_of(session: Session, claims: Mapping[str, Any], config: OidcConfig) -> int:
    """The registry's person for these claims (found by e-mail, or created per the settings): their id.

    Raises :class:`OidcRefused` when the e-mail is missing or unverified, no role maps, the person is
    unknown (and ``users = "match"``), deactivated, or an application account.
    """
    email = str(claims.get("email") or "").strip().lower()
    if not email or "@" not in email:
        raise OidcRefused("no_email", "Le fournisseur d'identité n'a pas transmis d'adresse électronique.")
    if claims.get("email_verified") is False:
        raise OidcRefused(
            "email_unverified", "Votre adresse électronique n'est pas vérifiée par le fournisseur."
        )
    role = role_from_claims(claims, config)
    user = session.scalars(select(User).where(User.email == email)).first()
    if user is not None and user.role == Role.APPLICATION.value:
        raise OidcRefused("application_account", "Ce compte ne peut pas se connecter à la console.", user.id)
    if role is None:
        raise OidcRefused(
            "no_role",
            "Votre compte n'a aucun rôle égide chez le fournisseur d'identité.",
            user.id if user else None,
        )
    if user is None:
        if config.users != "create":
            raise OidcRefused(
                "unknown_account", "Votre compte n'est pas enregistré dans égide : voyez l'administrateur."
            )
        name = str(claims.get("name") or email.split("@")[0])[:200]
        return add_user(session, name=name, email=email, role=role).id
    if not user.active:
        raise OidcRefused("inactive", "Votre compte égide est désactivé.", user.id)
    if config.sync_role and user.role != role.value:
        append_events(
            session,
            RoleSynchronised(actor_user_id=None, user_id=user.id, previous_role=user.role, role=role.value),
        )
        user.role = role.value
    return user.id
