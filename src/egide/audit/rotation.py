"""Close the chain's segment signed with the old secret and open one signed with the new.

Called inside the rotation's one transaction (``egide secret rotate``), after the chain has been
verified under the old secret: past segments' keys are resealed under the new secret, the segment
that ends now is added with the old chain key, the purge anchor is re-signed, and the first record
of the new segment (``audit.key_rotated``) is appended with the new key, chained to the old tail.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update

from egide.audit.chain import anchor_mac, chain_key
from egide.audit.events import KeyRotated
from egide.audit.log import append_events, lock_chain
from egide.audit.segments import seal, unseal
from egide.store.models.audit import AuditHead, AuditSegment
from egide.store.types import utcnow


def rotate_chain(
    conn: Connection, old_secret: str, new_secret: str, *, credentials: int, identities: int, os_user: str
) -> int:
    """Re-key the journal; returns the sequence number of the ``audit.key_rotated`` record."""
    head = lock_chain(conn)
    past = conn.execute(select(AuditSegment.until_seq, AuditSegment.sealed_key)).all()
    conn.execute(delete(AuditSegment))
    rows = [
        {
            "until_seq": until,
            "sealed_key": seal(new_secret, unseal(old_secret, sealed)),
            "rotated_at": utcnow(),
        }
        for until, sealed in past
    ]
    if head.last_seq > 0:
        rows.append(
            {
                "until_seq": head.last_seq,
                "sealed_key": seal(new_secret, chain_key(old_secret)),
                "rotated_at": utcnow(),
            }
        )
    if rows:
        conn.execute(insert(AuditSegment), rows)
    new_key = chain_key(new_secret)
    if head.anchor_seq > 0:
        conn.execute(
            update(AuditHead)
            .where(AuditHead.id == 1)
            .values(anchor_mac=anchor_mac(new_key, head.anchor_seq, head.anchor_hash))
        )
    event = KeyRotated(
        previous_segment_until=head.last_seq,
        credentials_resealed=credentials,
        identities_resealed=identities,
        os_user=os_user,
    )
    return append_events(conn, event, key=new_key)[-1]
