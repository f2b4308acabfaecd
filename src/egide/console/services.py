"""What the console's pages reach through ``request.app.state.console`` (built by ``egide.app``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from egide.audit.log import AuditLog
from egide.compliance.facts import Facts
from egide.console.config import ConsoleConfig
from egide.console.oidc import OidcClient
from egide.keys import Purpose, derive_key
from egide.store.database import Database
from egide.store.types import utcnow


@dataclass(frozen=True)
class ConsoleKeys:
    """Keys derived from the server secret for the console (one per purpose, ``egide.keys``)."""

    csrf: bytes
    login: bytes
    oidc: bytes

    @classmethod
    def from_secret(cls, secret: str) -> ConsoleKeys:
        return cls(
            csrf=derive_key(secret, Purpose.CONSOLE_CSRF),
            login=derive_key(secret, Purpose.CONSOLE_LOGIN),
            oidc=derive_key(secret, Purpose.CONSOLE_OIDC),
        )


@dataclass(frozen=True)
class ConsoleServices:
    database: Database
    audit: AuditLog
    config: ConsoleConfig
    keys: ConsoleKeys
    #: Whether cookies carry ``Secure`` (decided by ``egide.app.console_cookie_secure`` from the settings).
    cookie_secure: bool
    #: Time of sessions, lock-outs and audit events: injectable for tests.
    clock: Callable[[], datetime] = field(default=utcnow)
    #: The OpenID Connect provider's client when single sign-on is configured (``console.oidc``).
    oidc: OidcClient | None = None
    #: What the compliance pages need of the settings (``egide.app.compliance_facts``).
    compliance: Facts | None = None
    #: Days before an HDS certificate or an art. 28 contract expires from which it is announced
    #: (``governance.alert_days``).
    alert_days: int = 60

    @property
    def session_cookie(self) -> str:
        # The __Host- prefix makes the browser refuse the cookie unless Secure, path / and no Domain:
        # a sibling host cannot plant or overwrite it. Plain-HTTP loopback cannot use the prefix.
        return "__Host-egide_session" if self.cookie_secure else "egide_session"

    @property
    def visitor_cookie(self) -> str:
        """The anonymous visitor's cookie, to which the login form's CSRF token is bound."""
        return "__Host-egide_visitor" if self.cookie_secure else "egide_visitor"

    @property
    def oidc_cookie(self) -> str:
        """The short cookie of a single sign-on in progress."""
        return "__Host-egide_oidc" if self.cookie_secure else "egide_oidc"
