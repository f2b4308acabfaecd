"""What the routes share: preparing a request, the request log note and the audited call to a backend."""

from __future__ import annotations

import time
from collections.abc import Awaitable
from typing import TypeVar

from anyio import to_thread
from fastapi import Request

from egide.errors import EgideError, UpstreamTimeout
from egide.gateway.backends import Backend
from egide.gateway.body import read_json_object
from egide.gateway.deps import CONVERSATION_HEADER, end_user
from egide.gateway.events import Endpoint
from egide.gateway.service import Gateway, Prepared

T = TypeVar("T")


async def prepare(request: Request, gateway: Gateway, kind: Endpoint, key: str, request_id: str) -> Prepared:
    """Read the body and let the gateway prepare it in a worker thread (detection is CPU-bound),
    then note the request for the log line."""
    body = await read_json_object(request, gateway.settings.gateway.max_body_bytes)
    prepared = await to_thread.run_sync(
        gateway.prepare,
        kind,
        key,
        body,
        request_id,
        request.headers.get(CONVERSATION_HEADER),
        end_user(request, gateway),
        limiter=gateway.prepare_limiter,
    )
    note_request(request, prepared)
    return prepared


def note_request(request: Request, prepared: Prepared) -> None:
    """What the request log line may say about this request (identifiers and counts only)."""
    request.state.log_extra = {
        "tool_id": prepared.route.tool_id,
        "model": prepared.alias,
        "action": prepared.decision.action.value,
        "counts": dict(prepared.decision.counts),
        "user_id": prepared.principal.user_id,
        "stream": prepared.stream,
    }


def elapsed_ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


async def call_upstream(
    gateway: Gateway, prepared: Prepared, backend: Backend, call: Awaitable[T], started: float | None = None
) -> tuple[T, float]:
    """Await the call to the backend and return its result with the time it started.

    A failure (the model's own 429, a built-in tool's refusal included) finishes the request
    (``Gateway.finish``: audit event and metrics) before it is raised.
    """
    started = time.perf_counter() if started is None else started
    try:
        return await call, started
    except EgideError as exc:
        outcome = "timeout" if isinstance(exc, UpstreamTimeout) else "error"
        gateway.finish(prepared, outcome, exc.status_code, elapsed_ms(started), timed=backend.timed)
        exc.audited = True
        raise
