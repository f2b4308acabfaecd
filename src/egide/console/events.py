"""Audit events of console sign-in: who (an id), how, why refused (a code). Never a password or a typed name."""

from __future__ import annotations

from typing import ClassVar, Literal

from egide.audit.events import AuditEvent


class PasswordSet(AuditEvent):
    """A person's console password was set (by themselves, or by an administrator at the command line)."""

    kind: ClassVar[str] = "console.password_set"
    user_id: int


class LoginSucceeded(AuditEvent):
    kind: ClassVar[str] = "console.login_succeeded"
    user_id: int
    method: Literal["password", "oidc"]
    session_id: int


class LoginFailed(AuditEvent):
    """A refused sign-in. ``user_id`` only when the name typed is a known account."""

    kind: ClassVar[str] = "console.login_failed"
    user_id: int | None = None
    method: Literal["password", "oidc"]
    reason_code: str


class LoginLocked(AuditEvent):
    """Too many failures: the account or the client address is locked for a while."""

    kind: ClassVar[str] = "console.login_locked"
    user_id: int | None = None
    scope: Literal["account", "address"]


class LoggedOut(AuditEvent):
    kind: ClassVar[str] = "console.logged_out"
    user_id: int
    session_id: int


class SessionsRevoked(AuditEvent):
    """Every session of a person ended at once (« déconnexion partout », deactivation, password change)."""

    kind: ClassVar[str] = "console.sessions_revoked"
    user_id: int
    sessions: int
    reason_code: str


class RoleSynchronised(AuditEvent):
    """A person's role changed to the one their identity provider's claim maps to, at sign-in."""

    kind: ClassVar[str] = "console.role_synchronised"
    user_id: int
    previous_role: str
    role: str
