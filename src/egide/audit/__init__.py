"""égide audit: typed events stored as a keyed hash chain; verification, export, retention.

Declare events by subclassing :class:`AuditEvent` (see ``egide.audit.events``); append them with
``AuditLog(db, secret).append(event, …)`` (own transaction, or ``within=`` the caller's) or
``append_events(session, event, …)`` inside a transaction that also changes something (the session
must come from ``db.session(write=True)``; the key comes from the session's server secret).
"""

from __future__ import annotations

from egide.audit.chain import keyed_hash
from egide.audit.events import MAX_STRING_LENGTH, AuditEvent, ChainPurged, StoredEvent, event_class
from egide.audit.export import export_events
from egide.audit.log import AuditLog, ChainReport, append_events, lock_chain

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
