"""égide audit: typed events stored as a keyed hash chain; verification, export, retention.

Declare events by subclassing :class:`AuditEvent` (see ``egide.audit.events``); append them with
``AuditLog(db, secret).append(event)`` (own transaction) or ``append_event(session, event)`` inside
a transaction that also changes something (the session must come from ``db.session(write=True)``).
"""

from egide.audit.chain import keyed_hash
from egide.audit.events import MAX_STRING_LENGTH, AuditEvent, ChainPurged, event_class
from egide.audit.export import export_events
from egide.audit.log import AuditLog, ChainReport, StoredEvent, append_event, lock_chain

__all__ = [
    "MAX_STRING_LENGTH",
    "AuditEvent",
    "AuditLog",
    "ChainPurged",
    "ChainReport",
    "StoredEvent",
    "append_event",
    "event_class",
    "export_events",
    "keyed_hash",
    "lock_chain",
]
