"""égide audit: typed events stored as a keyed hash chain; verification, export, retention.

Declare events by subclassing :class:`AuditEvent` (see ``egide.audit.events``); append them with
``AuditLog(db, secret).append(event, …)`` (own transaction, or ``within=`` the caller's) or
``append_events(session, event, …)`` inside a transaction that also changes something (the session
must come from ``db.session(write=True)``; the key comes from the session's server secret).

The names below are imported on first use: ``egide.settings`` imports ``egide.audit.config``, and
every command that only reads settings must not pay for SQLAlchemy and the models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from egide.audit.chain import keyed_hash
    from egide.audit.events import MAX_STRING_LENGTH, AuditEvent, ChainPurged, StoredEvent, event_class
    from egide.audit.export import export_events
    from egide.audit.log import AuditLog, ChainReport, append_events, lock_chain

#: Where each public name lives.
_HOMES = {
    "keyed_hash": "egide.audit.chain",
    "MAX_STRING_LENGTH": "egide.audit.events",
    "AuditEvent": "egide.audit.events",
    "ChainPurged": "egide.audit.events",
    "event_class": "egide.audit.events",
    "export_events": "egide.audit.export",
    "AuditLog": "egide.audit.log",
    "ChainReport": "egide.audit.log",
    "StoredEvent": "egide.audit.events",
    "append_events": "egide.audit.log",
    "lock_chain": "egide.audit.log",
}

__all__ = [
    "MAX_STRING_LENGTH",
    "AuditEvent",
    "AuditLog",
    "ChainPurged",
    "ChainReport",
    "StoredEvent",
    "append_events",
    "event_class",
    "export_events",
    "keyed_hash",
    "lock_chain",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'egide.audit' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value
