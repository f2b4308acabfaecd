"""Conversation-scoped pseudonym mappings, kept between requests only when configured, and encrypted.

By default (``gateway.conversation_mapping_ttl_s = 0``) no mapping outlives its request: the same
person still keeps the same pseudonym across turns, because clients resend the history and
pseudonyms are numbered in conversation order under a key derived from the server secret. With a
TTL, the mapping of a conversation is kept in this process's memory as a Fernet token (key derived
from the server secret), so that a pseudonym the model introduced in an earlier answer, and the
client did not resend, can still be restored. Nothing is written to disk.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable

from cryptography.fernet import Fernet, InvalidToken

from egide.transform import Mapping


class MappingStore:
    def __init__(
        self, key: bytes, ttl_s: float, clock: Callable[[], float] = time.monotonic, max_entries: int = 10_000
    ) -> None:
        self.ttl_s = ttl_s
        self._fernet = Fernet(base64.urlsafe_b64encode(key[:32]))
        self._clock = clock
        self._max = max_entries
        self._tokens: dict[str, tuple[float, bytes]] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.ttl_s > 0

    def load(self, scope: str) -> Mapping | None:
        if not self.enabled:
            return None
        with self._lock:
            entry = self._tokens.get(scope)
            if entry is None:
                return None
            if entry[0] <= self._clock():
                del self._tokens[scope]
                return None
            token = entry[1]
        try:
            return Mapping.from_bytes(self._fernet.decrypt(token))
        except InvalidToken:
            return None

    def save(self, scope: str, mapping: Mapping) -> None:
        if not self.enabled or len(mapping) == 0:
            return
        token = self._fernet.encrypt(mapping.to_bytes())
        with self._lock:
            now = self._clock()
            if len(self._tokens) >= self._max:
                for key in [k for k, (expiry, _) in self._tokens.items() if expiry <= now] or list(
                    self._tokens
                ):
                    del self._tokens[key]
            self._tokens[scope] = (now + self.ttl_s, token)

    def raw_tokens(self) -> list[bytes]:
        """The stored tokens as they sit in memory (tests check they are encrypted)."""
        with self._lock:
            return [token for _, token in self._tokens.values()]
