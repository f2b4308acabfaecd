"""State that every worker process (and every server) must share, kept in Redis when configured.

One worker keeps its rate-limit windows and its conversation mappings in its own memory, which is
right for one process. With several (``egide serve --workers N``, or several servers behind a load
balancer), a client's turns land on any of them: the budget of a key would be multiplied by N, and
a conversation's mapping saved by one worker would be missing in the next. ``gateway.redis_url``
puts both in Redis. Nothing identifying is written there: keys carry a key id or a keyed hash of the
conversation scope, and mappings are stored as Fernet tokens (see :mod:`egide.gateway.mappings`).

Redis errors become :class:`SharedStateUnavailable` (503) before anything leaves: a request whose
budget or mapping cannot be read is refused, never forwarded on a guess.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import redis

from egide.errors import ConfigError, SharedStateUnavailable

if TYPE_CHECKING:
    from egide.settings import Settings

T = TypeVar("T")
log = logging.getLogger("egide.gateway")

#: A stalled Redis must not hold a request for long: the gateway answers 503 instead.
_SOCKET_TIMEOUT_S = 1.0


class SharedState:
    """A Redis connection pool and the key prefix of this installation (several may share a Redis)."""

    def __init__(self, url: str, prefix: str = "egide") -> None:
        try:
            self.client: redis.Redis = redis.Redis.from_url(
                url,
                socket_timeout=_SOCKET_TIMEOUT_S,
                socket_connect_timeout=_SOCKET_TIMEOUT_S,
                health_check_interval=30,
            )
        except ValueError as exc:
            # Not a redis:// URL. Its text is not repeated: it may hold a password.
            raise ConfigError("gateway.redis_url invalide (redis://hôte:port/base attendu)") from exc
        self.prefix = prefix

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def run(self, call: Callable[[redis.Redis], T]) -> T:
        """``call(client)``, with Redis failures translated at this boundary."""
        try:
            return call(self.client)
        except redis.RedisError as exc:
            # The type only: a Redis error message can quote a key or an address, never needed here.
            raise SharedStateUnavailable(
                f"état partagé (Redis) indisponible ({type(exc).__name__}) : la requête n'a pas été transmise"
            ) from None

    def ping(self) -> None:
        """Fail at start-up, with a clear message, when Redis is configured but unreachable."""
        try:
            self.client.ping()
        except redis.RedisError as exc:
            raise ConfigError(
                f"Redis (gateway.redis_url) ne répond pas ({type(exc).__name__}) : démarrage impossible"
            ) from None

    def close(self) -> None:
        self.client.close()


def check_shared_state(settings: Settings, workers: int) -> None:
    """Before serving: refuse a set-up whose workers would not share what they must.

    Several workers with conversation mappings kept between turns need Redis (the next turn may reach
    another worker, which would not find the mapping); a configured Redis must answer now.
    """
    config = settings.gateway
    if config.redis_url:
        shared = SharedState(config.redis_url, config.redis_prefix)
        try:
            shared.ping()
        finally:
            shared.close()
        return
    if workers > 1 and config.conversation_mapping_ttl_s > 0:
        raise ConfigError(
            f"{workers} workers avec gateway.conversation_mapping_ttl_s > 0 : les correspondances de "
            "pseudonymes doivent être partagées, renseignez gateway.redis_url (ou un seul worker)"
        )
    if workers > 1 and config.rate_limit_per_minute > 0:
        log.warning(
            "rate limit per worker: without gateway.redis_url each worker counts its own requests",
            extra={"counts": {"workers": workers, "per_minute": config.rate_limit_per_minute}},
        )
