"""A fast OpenAI-compatible model server for the gateway benchmark: a fixed short answer, at once.

Run: ``python -m bench.gateway_upstream PORT``. Non-streamed requests get one JSON answer;
streamed ones get the same answer in 20 events. It does no work, so what a benchmark measures
through égide is égide.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

ANSWER = (
    "Synthèse : pneumopathie communautaire traitée par amoxicilline, évolution favorable. "
    "Poursuivre le traitement sept jours, contrôle clinique à 48 heures, radiographie à six semaines."
)
_PIECES = [ANSWER[i : i + len(ANSWER) // 20 + 1] for i in range(0, len(ANSWER), len(ANSWER) // 20 + 1)]
_COMPLETION = json.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "bench",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": ANSWER}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 500, "completion_tokens": 50, "total_tokens": 550},
    }
).encode()


def _event(delta: dict[str, str], finish: str | None = None) -> bytes:
    chunk = {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "bench",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"


LAST: dict[str, bytes] = {"body": b"{}"}


async def chat(request: Request) -> Response:
    raw = await request.body()
    LAST["body"] = raw
    body = json.loads(raw)
    if not body.get("stream"):
        return Response(_COMPLETION, media_type="application/json")

    async def events() -> AsyncIterator[bytes]:
        yield _event({"role": "assistant", "content": ""})
        for piece in _PIECES:
            yield _event({"content": piece})
        yield _event({}, "stop")
        yield b"data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


async def last(request: Request) -> Response:
    """The last request received, for the benchmark's count of identifiers that left."""
    return Response(LAST["body"], media_type="application/json")


app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"]), Route("/v1/last", last)])

if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
