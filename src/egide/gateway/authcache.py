"""A short-lived memory of authenticated keys, so that each request does not pay three queries.

Only a SHA-256 of the key is kept, with the principal and the id of the charter current when it was
authenticated. A hit is not trusted blindly: the gateway checks it with one primary-key read
(:func:`egide.governance.current_grant`) on every request, so that revoking a key, disabling a user
or publishing a new charter takes effect on the next request, in every worker, without any signal
between processes. What the cache spares is the rest: the key's hash lookup, the training check and
the « last used » write. Only a training that lapses (a date) waits for the entry's ``ttl_s``.
Tools are not cached here (see ``egide.governance.resolve_model``): the kill switch stays immediate.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from egide.governance import Principal


@dataclass(frozen=True, slots=True)
class Cached:
    principal: Principal
    #: The charter current when the key was authenticated: another one now means « accept it first ».
    charter_id: int | None


class AuthCache:
    def __init__(
        self, ttl_s: float, clock: Callable[[], float] = time.monotonic, max_entries: int = 10_000
    ) -> None:
        self.ttl_s = ttl_s
        self._clock = clock
        self._max = max_entries
        self._entries: dict[str, tuple[float, Cached]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(api_key: str) -> str:
        return hashlib.sha256(api_key.encode("utf-8")).hexdigest()

    def get(self, api_key: str) -> Cached | None:
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

    def put(self, api_key: str, principal: Principal, charter_id: int | None) -> None:
        if self.ttl_s <= 0:
            return
        with self._lock:
            if len(self._entries) >= self._max:
                self._entries.clear()
            self._entries[self._key(api_key)] = (self._clock() + self.ttl_s, Cached(principal, charter_id))

    def drop(self, api_key: str) -> None:
        with self._lock:
            self._entries.pop(self._key(api_key), None)
