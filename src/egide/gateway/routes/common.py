"""What the routes share: the request log note and the audited call to the model."""

from __future__ import annotations

import time
from collections.abc import Awaitable
from typing import TypeVar

from fastapi import Request

from egide.errors import RateLimited, UpstreamError, UpstreamTimeout
from egide.gateway.service import Gateway, Prepared

T = TypeVar("T")


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


async def call_upstream(gateway: Gateway, prepared: Prepared, call: Awaitable[T]) -> tuple[T, float]:
    """Await the call to the model and return its result with the time it started.

    A failure (the model's own 429 included) is written to the audit trail before it is raised.
    """
    started = time.perf_counter()
    try:
        return await call, started
    except (UpstreamError, RateLimited) as exc:
        elapsed = (time.perf_counter() - started) * 1000
        outcome = "timeout" if isinstance(exc, UpstreamTimeout) else "error"
        gateway.record_upstream(prepared, outcome, exc.status_code, elapsed)
        exc.audited = True
        raise
