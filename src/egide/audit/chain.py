"""The arithmetic of the hash chain: canonical form, record and anchor MACs (keys: :mod:`egide.keys`)."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from egide.keys import Purpose, derive_key


def chain_key(secret: str) -> bytes:
    return derive_key(secret, Purpose.AUDIT_CHAIN)


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


def keyed_hash(secret: str, value: str, *, purpose: Purpose = Purpose.AUDIT_VALUES) -> str:
    """A keyed hash to put in events instead of a value (e.g. a client address, a conversation id)."""
    return _mac(derive_key(secret, purpose), value)
