"""The client towards the models: one pooled ``aiohttp.ClientSession``, errors translated at this boundary.

aiohttp rather than httpx for its C HTTP parser: on loopback it costs about a third of httpx's CPU per
request (README, "Dependencies and why"), and this client is on every request's path.

Upstream failures become :class:`UpstreamError` (502) and time-outs :class:`UpstreamTimeout` (504);
an upstream 429 stays a 429 so that clients back off. Messages name the model alias and a status,
never the request.

Time-outs: opening a request (waiting for a pooled connection, connecting, sending, waiting for the
status line) has one deadline, ``upstream_timeout_s``, and connecting alone ``upstream_connect_timeout_s``;
after that every read may wait ``upstream_timeout_s`` for the next bytes. There is no overall limit:
a long answer that keeps coming is never cut, a stream that stalls is.

A session belongs to the event loop it was created on: it is created on first use in the running
loop and closed by the app's shutdown (``aclose``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Mapping
from typing import Any, ClassVar, TypeAlias

import aiohttp
from yarl import URL

from egide.errors import RateLimited, UpstreamError, UpstreamTimeout
from egide.gateway import jsonio
from egide.gateway.config import GatewayConfig

log = logging.getLogger("egide.gateway")

#: A streamed answer whose status was checked; read it with :meth:`UpstreamClient.lines`.
StreamResponse: TypeAlias = aiohttp.ClientResponse

#: Under the 5 s keep-alive of uvicorn, which serves most OpenAI-compatible models: a pooled connection
#: is dropped before the server may close it, rather than reused as the server closes it (a POST is not
#: retried, so that race would be a 502).
KEEPALIVE_S = 4.0

#: What the loop may raise for the upstream; aiohttp's time-outs are ``TimeoutError`` subclasses.
_FAILURES = (aiohttp.ClientError, TimeoutError)


class UpstreamClient:
    """The backend of every tool reached over HTTP (see :mod:`egide.gateway.backends`)."""

    outcome: ClassVar[str] = "ok"
    restores: ClassVar[bool] = True
    timed: ClassVar[bool] = True
    marker: ClassVar[Mapping[str, object]] = {}

    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._timeout_s = config.upstream_timeout_s
        self._timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=config.upstream_connect_timeout_s, sock_read=config.upstream_timeout_s
        )
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._urls: dict[tuple[str, str], URL] = {}

    def _session_here(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is not None and self._loop is loop:
            return self._session
        if self._session is not None and self._loop is not None:
            if not self._loop.is_closed():
                raise RuntimeError("the upstream client is in use by another event loop")
            # That loop ended without the app's shutdown (served without its lifespan): its
            # connections ended with it and cannot be closed from here.
            log.warning("upstream session abandoned with its event loop")
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=self._config.upstream_max_connections, limit_per_host=0, keepalive_timeout=KEEPALIVE_S
            ),
            timeout=self._timeout,
            # Only what égide sets leaves: no proxy from the environment, and no cookie an upstream
            # set for one user's request sent along with another's.
            trust_env=False,
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        self._loop = loop
        return self._session

    async def aclose(self) -> None:
        session, loop = self._session, self._loop
        self._session = self._loop = None
        if session is not None and loop is asyncio.get_running_loop():
            await session.close()

    def _url(self, base_url: str, path: str) -> URL:
        # Parsed once per model endpoint rather than on every request.
        key = (base_url, path)
        url = self._urls.get(key)
        if url is None:
            if len(self._urls) > 1000:
                self._urls.clear()
            url = self._urls[key] = URL(base_url.rstrip("/") + path)
        return url

    async def _open(
        self, base_url: str, path: str, api_key: str | None, body: dict[str, Any]
    ) -> aiohttp.ClientResponse:
        """Send and wait for the status line (raises aiohttp's errors)."""
        headers = {"content-type": "application/json", "accept": "application/json, text/event-stream"}
        if api_key:
            headers["authorization"] = f"Bearer {api_key}"
        session = self._session_here()
        # aiohttp's sock_read only starts once the body is sent: this deadline also bounds a wait for
        # a pooled connection and an upstream that stops reading what is sent.
        async with asyncio.timeout(self._timeout_s):
            return await session.post(
                self._url(base_url, path), data=jsonio.dumps(body), headers=headers, allow_redirects=False
            )

    def _translate(self, exc: BaseException, model: str) -> UpstreamError:
        if isinstance(exc, TimeoutError):
            return UpstreamTimeout(
                f"le modèle « {model} » n'a pas répondu dans le délai imparti ({self._timeout_s:g} s)"
            )
        return UpstreamError(f"le modèle « {model} » est injoignable ({type(exc).__name__})")

    @staticmethod
    async def _check_status(response: aiohttp.ClientResponse, model: str) -> None:
        status = response.status
        if status < 400:
            return
        try:
            await response.read()  # read to its end, so that the connection is reused
        except _FAILURES:
            pass  # the status is what the client hears about
        finally:
            response.release()
        if status == 429:
            raise RateLimited(
                f"le modèle « {model} » limite le débit ; réessayez plus tard", code="upstream_rate_limited"
            )
        raise UpstreamError(f"le modèle « {model} » a répondu par une erreur (statut {status})")

    async def post_json(
        self, base_url: str, path: str, api_key: str | None, body: dict[str, Any], *, model: str
    ) -> dict[str, Any]:
        try:
            response = await self._open(base_url, path, api_key, body)
        except _FAILURES as exc:
            raise self._translate(exc, model) from None
        await self._check_status(response, model)
        return await self.read_json(response, model=model)

    async def read_json(self, response: aiohttp.ClientResponse, *, model: str) -> dict[str, Any]:
        """The whole body of a response whose status was checked, as a JSON object."""
        try:
            try:
                content = await response.read()
            finally:
                response.release()
        except _FAILURES as exc:
            raise self._translate(exc, model) from None
        try:
            data = jsonio.loads(content)
        except jsonio.JSONDecodeError:
            raise UpstreamError(f"le modèle « {model} » a renvoyé une réponse illisible") from None
        if not isinstance(data, dict):
            raise UpstreamError(f"le modèle « {model} » a renvoyé une réponse inattendue")
        return data

    @staticmethod
    def is_json(response: StreamResponse) -> bool:
        """An answer sent whole as JSON where a stream was asked (some servers ignore ``stream``)."""
        kind = response.content_type
        return kind == "application/json" or kind.endswith("+json")

    async def open_stream(
        self, base_url: str, path: str, api_key: str | None, body: dict[str, Any], *, model: str
    ) -> StreamResponse:
        """Send and wait for the status line, so that failures before the first byte get a proper status."""
        try:
            response = await self._open(base_url, path, api_key, body)
        except _FAILURES as exc:
            raise self._translate(exc, model) from None
        await self._check_status(response, model)
        return response

    async def lines(self, response: StreamResponse, *, model: str) -> AsyncGenerator[str, None]:
        """The lines of a streamed response; failures mid-stream become :class:`UpstreamError`.

        The body is released when done: back to the pool if it was read to its end, closed if not.
        """
        splitter = LineSplitter()
        try:
            async for chunk in response.content.iter_any():
                for line in splitter.feed(chunk):
                    yield line.decode("utf-8", "replace")
            for line in splitter.end():
                yield line.decode("utf-8", "replace")
        except _FAILURES as exc:
            raise self._translate(exc, model) from None
        finally:
            response.release()


class LineSplitter:
    """Bytes as the network delivers them, in complete lines.

    Lines end with LF, CRLF or CR, as server-sent events allow (``bytes.splitlines`` splits on exactly
    these); a line split across chunks, a CRLF included, is kept until its end arrives.
    """

    __slots__ = ("_pending",)

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        if self._pending:
            chunk = self._pending + chunk
        if not chunk:
            return []
        parts = chunk.splitlines()
        if chunk.endswith(b"\n"):
            self._pending = b""
        elif chunk.endswith(b"\r"):
            self._pending = parts.pop() + b"\r"  # a complete line, but the LF of a CRLF may follow
        else:
            self._pending = parts.pop()  # the start of a line
        return parts

    def end(self) -> list[bytes]:
        """The last line, if the body did not end with a line break."""
        pending, self._pending = self._pending, b""
        if not pending:
            return []
        return [pending[:-1] if pending.endswith(b"\r") else pending]
