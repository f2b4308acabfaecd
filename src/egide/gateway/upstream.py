"""The client towards the models: one pooled ``httpx.AsyncClient``, errors translated at this boundary.

Upstream failures become :class:`UpstreamError` (502) and time-outs :class:`UpstreamTimeout` (504);
an upstream 429 stays a 429 so that clients back off. Messages name the model alias and a status,
never the request. The transport is injectable so tests can use ``httpx.MockTransport``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from egide.errors import RateLimited, UpstreamError, UpstreamTimeout
from egide.gateway.config import GatewayConfig


class UpstreamClient:
    def __init__(self, config: GatewayConfig, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._timeout_s = config.upstream_timeout_s
        self._client = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(config.upstream_timeout_s, connect=config.upstream_connect_timeout_s),
            limits=httpx.Limits(
                max_connections=config.upstream_max_connections,
                max_keepalive_connections=config.upstream_max_connections,
            ),
            # Only what égide sets leaves: no proxy from the environment, no client headers forwarded.
            trust_env=False,
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    def _request(self, base_url: str, path: str, api_key: str | None, body: dict[str, Any]) -> httpx.Request:
        headers = {"content-type": "application/json", "accept": "application/json, text/event-stream"}
        if api_key:
            headers["authorization"] = f"Bearer {api_key}"
        url = base_url.rstrip("/") + path
        content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return self._client.build_request("POST", url, headers=headers, content=content)

    def _translate(self, exc: httpx.HTTPError, model: str) -> UpstreamError:
        if isinstance(exc, httpx.TimeoutException):
            return UpstreamTimeout(
                f"le modèle « {model} » n'a pas répondu dans le délai imparti ({self._timeout_s:g} s)"
            )
        return UpstreamError(f"le modèle « {model} » est injoignable ({type(exc).__name__})")

    @staticmethod
    async def _check_status(response: httpx.Response, model: str) -> None:
        if response.status_code < 400:
            return
        await response.aread()
        await response.aclose()
        if response.status_code == 429:
            raise RateLimited(
                f"le modèle « {model} » limite le débit ; réessayez plus tard", code="upstream_rate_limited"
            )
        raise UpstreamError(f"le modèle « {model} » a répondu par une erreur (statut {response.status_code})")

    async def post_json(
        self, base_url: str, path: str, api_key: str | None, body: dict[str, Any], *, model: str
    ) -> dict[str, Any]:
        request = self._request(base_url, path, api_key, body)
        try:
            response = await self._client.send(request)
        except httpx.HTTPError as exc:
            raise self._translate(exc, model) from None
        await self._check_status(response, model)
        try:
            data = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise UpstreamError(f"le modèle « {model} » a renvoyé une réponse illisible") from None
        if not isinstance(data, dict):
            raise UpstreamError(f"le modèle « {model} » a renvoyé une réponse inattendue")
        return data

    async def open_stream(
        self, base_url: str, path: str, api_key: str | None, body: dict[str, Any], *, model: str
    ) -> httpx.Response:
        """Send and wait for the status line, so that failures before the first byte get a proper status."""
        request = self._request(base_url, path, api_key, body)
        try:
            response = await self._client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise self._translate(exc, model) from None
        await self._check_status(response, model)
        return response

    async def lines(self, response: httpx.Response, *, model: str) -> AsyncIterator[str]:
        """The lines of a streamed response; failures mid-stream become :class:`UpstreamError`."""
        try:
            async for line in response.aiter_lines():
                yield line
        except httpx.HTTPError as exc:
            raise self._translate(exc, model) from None
        finally:
            await response.aclose()
