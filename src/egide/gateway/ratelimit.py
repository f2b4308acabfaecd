"""Requests per minute per API key, in process (one budget per worker).

A sliding window of timestamps per key: exact, and small (at most ``limit`` floats per active key).
Several workers each enforce the limit on their own share; an establishment that needs one global
budget puts a shared limiter in front (Redis), which this interface allows.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from egide.errors import RateLimited


class RateLimiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> None:
        """Count one request for ``key``; raise :class:`RateLimited` past the budget."""
        if self.per_minute <= 0:
            return
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - 60.0:
                hits.popleft()
            if len(hits) >= self.per_minute:
                raise RateLimited(
                    f"trop de requêtes : {self.per_minute} par minute au plus pour cette clé ; réessayez plus tard"
                )
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle keys now and then
                for k in [k for k, q in self._hits.items() if not q or q[-1] <= now - 60.0]:
                    del self._hits[k]
