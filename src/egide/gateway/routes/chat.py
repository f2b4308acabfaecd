"""``POST /v1/chat/completions``: streamed (SSE) and not, tools and multi-part content.

Every backend (:mod:`egide.gateway.backends`) is asked the same way. A whole answer — an answer
not streamed, a model that answers plain JSON to ``stream: true``, a built-in tool — goes through
one path (:func:`_whole`), told as events when a stream was asked; a model's stream is restored
event by event (:func:`_stream`). Each outcome is recorded once, by ``Gateway.finish``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from egide.errors import EgideError, UpstreamError, UpstreamTimeout
from egide.gateway import jsonio
from egide.gateway.backends import Backend, Backends
from egide.gateway.chunks import as_chunks, is_completion
from egide.gateway.deps import api_key, get_backends, get_gateway
from egide.gateway.errors import envelope
from egide.gateway.jsonio import FastJSONResponse
from egide.gateway.marking import add_mention, egide_object, headers, mention_suffix
from egide.gateway.restore import StreamRestoration, restore_completion
from egide.gateway.routes.common import call_upstream, elapsed_ms, prepare
from egide.gateway.service import Gateway, Prepared
from egide.gateway.upstream import UpstreamClient

router = APIRouter()
log = logging.getLogger("egide.gateway")


def sse(event: dict[str, Any]) -> bytes:
    return b"data: " + jsonio.dumps(event) + b"\n\n"


_DONE = b"data: [DONE]\n\n"
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
_PATH = "/chat/completions"


@router.post("/chat/completions")
async def chat_completions(request: Request) -> Response:
    # The services are read directly rather than declared as dependencies: FastAPI's dependency
    # resolution costs about half a millisecond per request on this path.
    gateway, backends = await get_gateway(request), await get_backends(request)
    key, rid = await api_key(request), request.state.request_id
    prepared = await prepare(request, gateway, "chat.completions", key, rid)
    return await answer(gateway, backends, prepared)


async def answer(gateway: Gateway, backends: Backends, prepared: Prepared) -> Response:
    """The answer to a prepared chat request, whoever prepared it (``/v1`` with an API key, or the
    console's assistant for a signed-in person): asked of its backend, restored, marked, finished."""
    route = prepared.route
    backend = backends.for_route(route)
    if prepared.stream and isinstance(backend, UpstreamClient):
        return await _stream(gateway, backend, prepared)
    data, started = await call_upstream(
        gateway,
        prepared,
        backend,
        backend.post_json(route.base_url, _PATH, route.api_key, prepared.outgoing, model=prepared.alias),
    )
    return _whole(gateway, backend, prepared, data, started)


def _whole(
    gateway: Gateway, backend: Backend, prepared: Prepared, data: dict[str, Any], started: float
) -> Response:
    """A whole answer, restored and marked (unless the backend shows pseudonyms on purpose), then
    sent as JSON, or told as stream events when a stream was asked.

    Told as a stream, an answer that is not a chat completion fails like a model error (502,
    audited), rather than reaching the client as an empty stream marked as a success.
    """
    if prepared.stream and not is_completion(data):
        error = UpstreamError(f"le modèle « {prepared.alias} » a renvoyé une réponse inattendue")
        gateway.finish(prepared, "error", error.status_code, elapsed_ms(started), timed=backend.timed)
        error.audited = True
        raise error
    if backend.restores:
        if prepared.restorer is not None:
            restore_completion(data, prepared.restorer)
        add_mention(data, prepared)
    gateway.finish(prepared, backend.outcome, 200, elapsed_ms(started), timed=backend.timed)
    marker = egide_object(prepared) | dict(backend.marker)
    if not prepared.stream:
        data["egide"] = marker
        return FastJSONResponse(data, headers=headers(prepared))
    data["model"] = prepared.alias
    events = list(as_chunks(data))
    events[0]["egide"] = marker

    async def told() -> AsyncIterator[bytes]:
        for event in events:
            yield sse(event)
        yield _DONE

    return StreamingResponse(told(), media_type="text/event-stream", headers=headers(prepared) | _SSE_HEADERS)


async def _stream(gateway: Gateway, upstream: UpstreamClient, prepared: Prepared) -> Response:
    route = prepared.route
    response, started = await call_upstream(
        gateway,
        prepared,
        upstream,
        upstream.open_stream(route.base_url, _PATH, route.api_key, prepared.outgoing, model=prepared.alias),
    )
    if upstream.is_json(response):  # the model ignored « stream »: its whole answer, as events
        data, _ = await call_upstream(
            gateway, prepared, upstream, upstream.read_json(response, model=prepared.alias), started
        )
        return _whole(gateway, upstream, prepared, data, started)
    restoration = StreamRestoration(prepared.restorer)
    mention = mention_suffix(prepared)
    result: dict[str, Any] = {"outcome": "ok", "status": 200}

    async def events() -> AsyncIterator[bytes]:
        lines = upstream.lines(response, model=prepared.alias)
        delivered = False
        try:
            async for chunk in _restored(lines, prepared, restoration, mention, result):
                yield chunk
            delivered = True
        finally:  # also when the client goes away mid-stream
            # Released now rather than when the generators are collected, so that a client gone
            # mid-stream does not hold an upstream connection meanwhile.
            await lines.aclose()
            if not delivered and result["outcome"] == "ok":
                # The person never saw the whole answer: the trail must not call it a success.
                result["outcome"], result["status"] = "client_gone", 499
            gateway.finish(prepared, str(result["outcome"]), int(result["status"]), elapsed_ms(started))

    return StreamingResponse(
        events(), media_type="text/event-stream", headers=headers(prepared) | _SSE_HEADERS
    )


async def _restored(
    lines: AsyncIterator[str],
    prepared: Prepared,
    restoration: StreamRestoration,
    mention: str,
    result: dict[str, Any],
) -> AsyncIterator[bytes]:
    """The upstream's events, restored and marked, then ``[DONE]``; failures become an error event."""
    first = True
    done = False
    try:
        async for line in lines:
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                done = True
                break
            try:
                event = jsonio.loads(data)
            except jsonio.JSONDecodeError:
                continue  # nothing égide can restore or vouch for
            if not isinstance(event, dict):
                continue
            restoration.event(event)
            if mention:
                _mention_on_finish(event, mention)
            if first:
                event["egide"] = egide_object(prepared)
                first = False
            yield sse(event)
    except EgideError as exc:
        # Headers are gone: the failure travels as an error event in the OpenAI envelope.
        result["outcome"] = "timeout" if isinstance(exc, UpstreamTimeout) else "error"
        result["status"] = exc.status_code
        yield sse(envelope(exc.message, exc.error_type, exc.code))
    except Exception as exc:  # a bug must not reach uvicorn's log with a message that may quote text
        log.error(
            "stream failed", extra={"request_id": prepared.request_id, "error_type": type(exc).__name__}
        )
        result["outcome"], result["status"] = "error", 500
        yield sse(envelope("erreur interne d'égide pendant la réponse", "server_error", "internal_error"))
        yield _DONE
        return
    if first:
        # Not one event came (only « [DONE] », or lines that are not events): an empty answer
        # marked as a success would hide the failure from the client and from the audit trail.
        error = UpstreamError(f"le modèle « {prepared.alias} » a renvoyé un flux sans réponse")
        result["outcome"], result["status"] = "error", error.status_code
        yield sse(envelope(error.message, error.error_type, error.code))
        yield _DONE
        return
    tail = restoration.finish()
    if tail is not None:
        yield sse(tail)
    yield _DONE
    if done:
        # Read the upstream body to its end (normally nothing is left after « [DONE] ») so that its
        # connection goes back to the pool: closed half-read, the next stream would pay a new connection.
        try:
            async for _ in lines:
                pass
        except EgideError:
            pass  # the client has its whole answer; the connection is simply not reused


def _mention_on_finish(event: dict[str, Any], mention: str) -> None:
    for choice in event.get("choices") or []:
        if isinstance(choice, dict) and choice.get("index", 0) == 0 and choice.get("finish_reason") == "stop":
            delta = choice.setdefault("delta", {})
            if isinstance(delta, dict):
                delta["content"] = (delta.get("content") or "") + mention
