"""A short-lived memory of authenticated keys, so that each request does not pay three queries.

Only a SHA-256 of the key is kept. Entries expire after ``ttl_s`` seconds: revoking a key, or a
training that lapses, takes effect within that delay. Tools are not cached here (see
``egide.governance.resolve_model``): the kill switch stays immediate.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable

from egide.governance import Principal


class AuthCache:
    def __init__(
        self, ttl_s: float, clock: Callable[[], float] = time.monotonic, max_entries: int = 10_000
    ) -> None:
        self.ttl_s = ttl_s
        self._clock = clock
        self._max = max_entries
        self._entries: dict[str, tuple[float, Principal]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(api_key: str) -> str:
        return hashlib.sha256(api_key.encode("utf-8")).hexdigest()

    def get(self, api_key: str) -> Principal | None:
        if self.ttl_s <= 0:
            return None
        key = self._key(api_key)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[0] <= self._clock():
                del self._entries[key]
                return None
            return entry[1]

    def put(self, api_key: str, principal: Principal) -> None:
        if self.ttl_s <= 0:
            return
        with self._lock:
            if len(self._entries) >= self._max:
                self._entries.clear()
            self._entries[self._key(api_key)] = (self._clock() + self.ttl_s, principal)
