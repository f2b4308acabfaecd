"""Segments of the chain after secret rotations: which key signed which records.

Records are signed with the chain key of the secret in force when they were written. A rotation
(``egide secret rotate``) closes the current segment: its chain key is kept in ``audit_segments``,
sealed (Fernet) under a key derived from the *new* secret, with the last sequence number it signed;
the next record, ``audit.key_rotated``, opens the new segment and chains to the old one's last hash.
With only the current secret, every segment's key can be unsealed and the whole journal verifies;
another secret unseals nothing, which is told apart from tampering.
"""

from __future__ import annotations

import base64
from bisect import bisect_left
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import Connection, select

from egide.audit.chain import chain_key
from egide.keys import Purpose, derive_key
from egide.store.models.audit import AuditSegment


def _fernet(secret: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(derive_key(secret, Purpose.AUDIT_SEGMENTS)))


def seal(secret: str, key: bytes) -> bytes:
    return _fernet(secret).encrypt(key)


def unseal(secret: str, sealed: bytes) -> bytes:
    """The chain key sealed under ``secret``; raises ``InvalidToken`` under another secret."""
    return _fernet(secret).decrypt(sealed)


@dataclass(frozen=True)
class Keyring:
    """The chain key of each sequence number: past segments' keys, then the current one."""

    until: tuple[int, ...]  # last seq of each past segment, ascending
    keys: tuple[bytes, ...]
    current: bytes

    def key_for(self, seq: int) -> bytes:
        i = bisect_left(self.until, seq)
        return self.keys[i] if i < len(self.keys) else self.current


def load_keyring(conn: Connection, secret: str) -> Keyring | None:
    """The keyring of this journal under ``secret``; None when a past key does not unseal (another secret)."""
    rows = conn.execute(
        select(AuditSegment.until_seq, AuditSegment.sealed_key).order_by(AuditSegment.until_seq)
    )
    until: list[int] = []
    keys: list[bytes] = []
    for until_seq, sealed in rows:
        try:
            keys.append(unseal(secret, sealed))
        except InvalidToken:
            return None
        until.append(int(until_seq))
    return Keyring(tuple(until), tuple(keys), chain_key(secret))
