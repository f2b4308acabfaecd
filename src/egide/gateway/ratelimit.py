"""Requests per minute per API key: a sliding window, in process or in Redis.

In process (the default): one window of timestamps per key, exact and small (at most ``limit``
floats per active key), but one budget per worker. With ``gateway.redis_url`` every worker and
server shares one window per key in Redis (:class:`RedisRateLimiter`), so that N workers do not
multiply the budget by N.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from typing import Protocol

from egide.errors import RateLimited
from egide.gateway.shared import SharedState


class Limiter(Protocol):
    def check(self, key: str) -> None:
        """Count one request for ``key``; raise :class:`RateLimited` past the budget."""


def _refused(per_minute: int) -> RateLimited:
    return RateLimited(
        f"trop de requêtes : {per_minute} par minute au plus pour cette clé ; réessayez plus tard"
    )


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
                raise _refused(self.per_minute)
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle keys now and then
                for k in [k for k, q in self._hits.items() if not q or q[-1] <= now - 60.0]:
                    del self._hits[k]


#: One atomic step on the key's sorted set of request times (microseconds, Redis's own clock so
#: that servers with drifting clocks share one window): drop what left the window, count, admit.
_SLIDING_WINDOW = """
local now = redis.call('TIME')
local t = tonumber(now[1]) * 1000000 + tonumber(now[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t - 60000000)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('ZADD', KEYS[1], t, ARGV[2])
redis.call('PEXPIRE', KEYS[1], 60000)
return 1
"""


class RedisRateLimiter:
    """The same window shared by every worker through Redis (keys ``PREFIX:rate:key:ID``)."""

    def __init__(self, per_minute: int, shared: SharedState) -> None:
        self.per_minute = per_minute
        self._shared = shared
        self._script = shared.client.register_script(_SLIDING_WINDOW)

    def check(self, key: str) -> None:
        if self.per_minute <= 0:
            return
        member = uuid.uuid4().hex  # two requests in the same microsecond are still two
        admitted = self._shared.run(
            lambda _client: self._script(keys=[self._shared.key("rate", key)], args=[self.per_minute, member])
        )
        if not admitted:
            raise _refused(self.per_minute)
