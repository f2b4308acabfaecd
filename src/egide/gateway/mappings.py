"""Conversation-scoped pseudonym mappings, kept between requests only when configured, and encrypted.

By default (``gateway.conversation_mapping_ttl_s = 0``) no mapping outlives its request: the same
person still keeps the same pseudonym across turns, because clients resend the history and
pseudonyms are numbered in conversation order under a key derived from the server secret. With a
TTL, the mapping of a conversation is kept as a Fernet token (key derived from the server secret),
so that a pseudonym the model introduced in an earlier answer, and the client did not resend, can
still be restored. The token lives in this process's memory, or in Redis when ``gateway.redis_url``
is set (required with several workers: the next turn may reach another one). Redis keys are the
keyed hash of the scope; nothing is written to disk by égide.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from typing import Protocol

import redis
from cryptography.fernet import Fernet, InvalidToken

from egide.gateway.shared import SharedState
from egide.transform import Mapping


class TokenStore(Protocol):
    """Where the encrypted tokens sit: the store never sees a mapping in clear."""

    def get(self, scope: str) -> bytes | None: ...

    def put(self, scope: str, token: bytes, ttl_s: float) -> None: ...

    def raw_tokens(self) -> list[bytes]:
        """The stored tokens as they sit (tests check they are encrypted)."""
        ...


class MemoryTokens:
    """This process's memory: bounded, expired entries dropped first when full."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_entries: int = 10_000) -> None:
        self._clock = clock
        self._max = max_entries
        self._tokens: dict[str, tuple[float, bytes]] = {}
        self._lock = threading.Lock()

    def get(self, scope: str) -> bytes | None:
        with self._lock:
            entry = self._tokens.get(scope)
            if entry is None:
                return None
            if entry[0] <= self._clock():
                del self._tokens[scope]
                return None
            return entry[1]

    def put(self, scope: str, token: bytes, ttl_s: float) -> None:
        with self._lock:
            now = self._clock()
            if len(self._tokens) >= self._max:
                for key in [k for k, (expiry, _) in self._tokens.items() if expiry <= now] or list(
                    self._tokens
                ):
                    del self._tokens[key]
            self._tokens[scope] = (now + ttl_s, token)

    def raw_tokens(self) -> list[bytes]:
        with self._lock:
            return [token for _, token in self._tokens.values()]


class RedisTokens:
    """Redis (keys ``PREFIX:mapping:SCOPE``, expiring with the TTL), shared by every worker."""

    def __init__(self, shared: SharedState) -> None:
        self._shared = shared

    def get(self, scope: str) -> bytes | None:
        token = self._shared.run(lambda client: client.get(self._shared.key("mapping", scope)))
        return token if isinstance(token, bytes) else None

    def put(self, scope: str, token: bytes, ttl_s: float) -> None:
        milliseconds = max(1, round(ttl_s * 1000))
        self._shared.run(
            lambda client: client.set(self._shared.key("mapping", scope), token, px=milliseconds)
        )

    def raw_tokens(self) -> list[bytes]:
        def read(client: redis.Redis) -> list[bytes]:
            keys = list(client.scan_iter(match=self._shared.key("mapping", "*")))
            values = client.mget(keys) if keys else []
            return [v for v in values if isinstance(v, bytes)]

        return self._shared.run(read)


class MappingStore:
    def __init__(self, key: bytes, ttl_s: float, tokens: TokenStore | None = None) -> None:
        self.ttl_s = ttl_s
        self._fernet = Fernet(base64.urlsafe_b64encode(key[:32]))
        self._tokens: TokenStore = tokens if tokens is not None else MemoryTokens()

    @property
    def enabled(self) -> bool:
        return self.ttl_s > 0

    def load(self, scope: str) -> Mapping | None:
        if not self.enabled:
            return None
        token = self._tokens.get(scope)
        if token is None:
            return None
        try:
            return Mapping.from_bytes(self._fernet.decrypt(token))
        except InvalidToken:  # another secret, or tampered: start the conversation's mapping afresh
            return None

    def save(self, scope: str, mapping: Mapping) -> None:
        if not self.enabled or len(mapping) == 0:
            return
        self._tokens.put(scope, self._fernet.encrypt(mapping.to_bytes()), self.ttl_s)

    def raw_tokens(self) -> list[bytes]:
        """The stored tokens as they sit in memory or in Redis (tests check they are encrypted)."""
        return self._tokens.raw_tokens()
