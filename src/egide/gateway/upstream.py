"""The client towards the models: one pooled ``httpx.AsyncClient``, errors translated at this boundary.

Upstream failures become :class:`UpstreamError` (502) and time-outs :class:`UpstreamTimeout` (504);
an upstream 429 stays a 429 so that clients back off. Messages name the model alias and a status,
never the request. The transport is injectable so tests can use ``httpx.MockTransport``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from egide.errors import RateLimited, UpstreamError, UpstreamTimeout
from egide.gateway import jsonio
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
        self._timeouts = self._client.timeout.as_dict()
        self._urls: dict[tuple[str, str], httpx.URL] = {}

    async def aclose(self) -> None:
        await self._client.aclose()

    def _url(self, base_url: str, path: str) -> httpx.URL:
        # Parsed once per model endpoint: URL parsing is a visible share of httpx's per-request cost.
        key = (base_url, path)
        url = self._urls.get(key)
        if url is None:
            if len(self._urls) > 1000:
                self._urls.clear()
            url = self._urls[key] = httpx.URL(base_url.rstrip("/") + path)
        return url

    def _request(self, base_url: str, path: str, api_key: str | None, body: dict[str, Any]) -> httpx.Request:
        headers = {"content-type": "application/json", "accept": "application/json, text/event-stream"}
        if api_key:
            headers["authorization"] = f"Bearer {api_key}"
        # Built directly rather than with ``client.build_request``: the client has no base URL, default
        # headers, cookies or parameters to merge; only its time-outs are carried, as it would.
        return httpx.Request(
            "POST",
            self._url(base_url, path),
            headers=headers,
            content=jsonio.dumps(body),
            extensions={"timeout": self._timeouts},
        )

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
            data = jsonio.loads(response.content)
        except jsonio.JSONDecodeError:
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
