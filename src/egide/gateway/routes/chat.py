"""``POST /v1/chat/completions``: streamed (SSE) and not, tools and multi-part content."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from egide.errors import EgideError, UpstreamError, UpstreamTimeout
from egide.gateway import apercu, jsonio
from egide.gateway.body import read_json_object
from egide.gateway.chunks import as_chunks, is_completion
from egide.gateway.deps import CONVERSATION_HEADER, api_key, get_gateway, get_upstream
from egide.gateway.errors import envelope
from egide.gateway.jsonio import FastJSONResponse
from egide.gateway.marking import add_mention, egide_object, headers, mention_suffix
from egide.gateway.restore import StreamRestoration, restore_completion
from egide.gateway.routes.common import call_upstream, note_request
from egide.gateway.service import Gateway, Prepared
from egide.gateway.upstream import StreamResponse, UpstreamClient

router = APIRouter()
log = logging.getLogger("egide.gateway")


def sse(event: dict[str, Any]) -> bytes:
    return b"data: " + jsonio.dumps(event) + b"\n\n"


_DONE = b"data: [DONE]\n\n"
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.post("/chat/completions")
async def chat_completions(request: Request) -> Response:
    # The services are read directly rather than declared as dependencies: FastAPI's dependency
    # resolution costs about half a millisecond per request on this path.
    gateway, upstream = await get_gateway(request), await get_upstream(request)
    key, rid = await api_key(request), request.state.request_id
    body = await read_json_object(request, gateway.settings.gateway.max_body_bytes)
    conversation = request.headers.get(CONVERSATION_HEADER)
    prepared = await to_thread.run_sync(
        gateway.prepare, "chat.completions", key, body, rid, conversation, limiter=gateway.prepare_limiter
    )
    note_request(request, prepared)
    if apercu.is_apercu(prepared.route.base_url):
        return _apercu(gateway, prepared)
    if prepared.stream:
        return await _stream(gateway, upstream, prepared)
    route = prepared.route
    data, started = await call_upstream(
        gateway,
        prepared,
        upstream.post_json(
            route.base_url, "/chat/completions", route.api_key, prepared.outgoing, model=prepared.alias
        ),
    )
    elapsed = (time.perf_counter() - started) * 1000
    gateway.metrics.upstream_latency.observe(elapsed / 1000)
    if prepared.restorer is not None:
        restore_completion(data, prepared.restorer)
    add_mention(data, prepared)
    data["egide"] = egide_object(prepared)
    gateway.record_upstream(prepared, "ok", 200, elapsed)
    return FastJSONResponse(data, headers=headers(prepared))


def _apercu(gateway: Gateway, prepared: Prepared) -> Response:
    gateway.record_upstream(prepared, "builtin", 200, 0.0)
    if not prepared.stream:
        data = apercu.completion(prepared.request_id, prepared.alias, prepared.outgoing)
        data["egide"] = egide_object(prepared) | {"apercu": True}
        return FastJSONResponse(data, headers=headers(prepared))

    async def events() -> AsyncIterator[bytes]:
        for i, event in enumerate(apercu.chunks(prepared.request_id, prepared.alias, prepared.outgoing)):
            if i == 0:
                event["egide"] = egide_object(prepared) | {"apercu": True}
            yield sse(event)
        yield _DONE

    return StreamingResponse(
        events(), media_type="text/event-stream", headers=headers(prepared) | _SSE_HEADERS
    )


async def _stream(gateway: Gateway, upstream: UpstreamClient, prepared: Prepared) -> Response:
    route = prepared.route
    response, started = await call_upstream(
        gateway,
        prepared,
        upstream.open_stream(
            route.base_url, "/chat/completions", route.api_key, prepared.outgoing, model=prepared.alias
        ),
    )
    if upstream.is_json(response):
        return await _whole_as_stream(gateway, upstream, prepared, response, started)
    restoration = StreamRestoration(prepared.restorer)
    mention = mention_suffix(prepared)
    result: dict[str, Any] = {"outcome": "ok", "status": 200}

    def record() -> None:
        elapsed = (time.perf_counter() - started) * 1000
        gateway.metrics.upstream_latency.observe(elapsed / 1000)
        gateway.record_upstream(prepared, str(result["outcome"]), int(result["status"]), elapsed)

    async def events() -> AsyncIterator[bytes]:
        lines = upstream.lines(response, model=prepared.alias)
        try:
            async for chunk in _restored(lines, prepared, restoration, mention, result):
                yield chunk
        finally:  # also when the client goes away mid-stream
            # Released now rather than when the generators are collected, so that a client gone
            # mid-stream does not hold an upstream connection meanwhile.
            await lines.aclose()
            record()

    return StreamingResponse(
        events(), media_type="text/event-stream", headers=headers(prepared) | _SSE_HEADERS
    )


async def _whole_as_stream(
    gateway: Gateway,
    upstream: UpstreamClient,
    prepared: Prepared,
    response: StreamResponse,
    started: float,
) -> Response:
    """A stream was asked and the model answered whole (plain JSON): restored, marked, then told as events.

    An answer that is not a chat completion fails like a model error (502, audited), rather than
    reaching the client as an empty stream marked as a success.
    """
    data, _ = await call_upstream(gateway, prepared, upstream.read_json(response, model=prepared.alias))
    if not is_completion(data):
        error = UpstreamError(f"le modèle « {prepared.alias} » a renvoyé une réponse inattendue")
        gateway.record_upstream(prepared, "error", error.status_code, (time.perf_counter() - started) * 1000)
        error.audited = True
        raise error
    elapsed = (time.perf_counter() - started) * 1000
    gateway.metrics.upstream_latency.observe(elapsed / 1000)
    if prepared.restorer is not None:
        restore_completion(data, prepared.restorer)
    add_mention(data, prepared)
    data["model"] = prepared.alias
    gateway.record_upstream(prepared, "ok", 200, elapsed)
    events = list(as_chunks(data))
    events[0]["egide"] = egide_object(prepared)

    async def body() -> AsyncIterator[bytes]:
        for event in events:
            yield sse(event)
        yield _DONE

    return StreamingResponse(body(), media_type="text/event-stream", headers=headers(prepared) | _SSE_HEADERS)


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
