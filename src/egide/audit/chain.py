"""The arithmetic of the hash chain: key derivation, canonical form, record and anchor MACs."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def derive_key(secret: str, purpose: str) -> bytes:
    """A 32-byte key for one purpose, derived from the server secret (HKDF-SHA256)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=f"egide/{purpose}".encode())
    return hkdf.derive(secret.encode())


def chain_key(secret: str) -> bytes:
    return derive_key(secret, "audit-chain/v1")


def canonical_json(data: dict[str, Any]) -> str:
    """One byte-exact form per content: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _mac(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def record_mac(key: bytes, prev_hash: str, canonical: str) -> str:
    """The ``hash`` of a record: keyed over the previous record's hash and this record's canonical form."""
    return _mac(key, f"{prev_hash}\n{canonical}")


def head_mac(key: bytes, last_seq: int, last_hash: str) -> str:
    return _mac(key, f"head\n{last_seq}\n{last_hash}")


def anchor_mac(key: bytes, anchor_seq: int, anchor_hash: str) -> str:
    return _mac(key, f"anchor\n{anchor_seq}\n{anchor_hash}")


def same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and hmac.compare_digest(a, b)


def keyed_hash(secret: str, value: str, *, purpose: str = "audit-values/v1") -> str:
    """A keyed hash to put in events instead of a value (e.g. a client address, a conversation id)."""
    return _mac(derive_key(secret, purpose), value)
