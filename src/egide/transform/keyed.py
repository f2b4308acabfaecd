"""Keyed, deterministic randomness: the same secret, scope and value always draw the same surrogate.

Every draw is an HMAC-SHA256 of the scope, a purpose and the value under the secret, so a surrogate
cannot be traced back to its original without the key, and two scopes draw independently.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class KeyedRandom:
    """A stream of numbers derived from ``HMAC(secret, scope | purpose | value | attempt)``."""

    __slots__ = ("_counter", "_digest", "_pos", "_seed")

    def __init__(self, secret: bytes, scope: str, purpose: str, value: str, attempt: int = 0) -> None:
        message = "\x1f".join((scope, purpose, value, str(attempt))).encode("utf-8")
        self._seed = hmac.digest(secret, message, "sha256")
        self._digest = self._seed
        self._pos = 0
        self._counter = 0

    def _take(self, n: int) -> bytes:
        if self._pos + n > len(self._digest):
            # Extend the stream by hashing the seed with a counter (still keyed: the seed is secret).
            self._counter += 1
            extra = hashlib.sha256(self._seed + self._counter.to_bytes(4, "big")).digest()
            self._digest = self._digest[self._pos :] + extra
            self._pos = 0
        chunk = self._digest[self._pos : self._pos + n]
        self._pos += n
        return chunk

    def below(self, n: int) -> int:
        """A number in ``[0, n)`` without modulo bias (rejection sampling on 32-bit draws)."""
        if n <= 0:
            raise ValueError("n must be positive")
        limit = (1 << 32) - ((1 << 32) % n)
        while True:
            x = int.from_bytes(self._take(4), "big")
            if x < limit:
                return x % n

    def between(self, low: int, high: int) -> int:
        """A number in ``[low, high]``."""
        return low + self.below(high - low + 1)

    def choice(self, items: Sequence[T]) -> T:
        return items[self.below(len(items))]

    def digit(self) -> str:
        return str(self.below(10))


def keyed_digest(secret: bytes, scope: str, purpose: str, value: str) -> str:
    """A short keyed digest of a value: lets the mapping count distinct values without keeping them."""
    message = "\x1f".join((scope, purpose, value)).encode("utf-8")
    return hmac.digest(secret, message, "sha256").hex()[:32]
