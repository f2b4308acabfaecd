"""Where a route's request goes: the HTTP client towards the models, or a tool égide answers itself.

A tool's base URL picks its backend: ``http(s)://`` the pooled :class:`UpstreamClient`, ``builtin:…``
one of the built-in tools (:data:`egide.governance.BUILTIN_URLS`; today « aperçu »). The routes ask
every backend the same way (:meth:`Backend.post_json`) and read from it how to finish: whether its
answer holds pseudonyms to put back, how its result is audited, what it adds to the ``egide`` object.
Only the HTTP client streams; a stream asked of another backend is its whole answer told as events.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from egide.errors import UpstreamError
from egide.gateway.apercu import Apercu
from egide.gateway.upstream import UpstreamClient
from egide.governance import APERCU_BASE_URL, Route


class Backend(Protocol):
    #: How a result is audited when the backend answered: « ok », or « builtin » for égide's own answer.
    @property
    def outcome(self) -> str: ...

    #: Whether the answer holds pseudonyms to put back and takes the tool's visible mention.
    @property
    def restores(self) -> bool: ...

    #: Whether its latency is a model's (the ``egide_upstream_seconds`` metric).
    @property
    def timed(self) -> bool: ...

    #: Added to the answer's ``egide`` object.
    @property
    def marker(self) -> Mapping[str, object]: ...

    async def post_json(
        self, base_url: str, path: str, api_key: str | None, body: dict[str, Any], *, model: str
    ) -> dict[str, Any]: ...


class Backends:
    def __init__(self, http: UpstreamClient) -> None:
        self.http = http
        self._builtin: dict[str, Backend] = {APERCU_BASE_URL: Apercu()}

    def for_route(self, route: Route) -> Backend:
        if not route.is_builtin:
            return self.http
        backend = self._builtin.get(route.base_url)
        if backend is None:  # registered by an older version that accepted any builtin: URL
            raise UpstreamError(f"l'outil intégré du modèle « {route.alias} » n'existe pas")
        return backend

    async def aclose(self) -> None:
        await self.http.aclose()
