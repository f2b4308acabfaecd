"""A small but real OpenAI-compatible model server for tests: it records everything it receives.

Behaviour by the model name the gateway sends (the tool's upstream model):

- ``echo``: answers with the text of the last message (streamed in 3-character chunks);
- ``tool``: answers with a call to the first declared tool, whose ``texte`` argument is the text of
  the last message (streamed in 5-character fragments of the arguments);
- ``slow``: waits ``SLOW_SECONDS`` before answering;
- ``fail``: answers 500; ``busy``: answers 429;
- ``garbage``: answers 200 with a body that is not JSON; ``list``: with a JSON list;
- ``redirect``: answers 307 towards itself (a client that follows it sends the request twice);
- ``cookie``: like ``echo``, and sets a cookie;
- ``drip``: streams the first chunk at once, then waits ``DRIP_SECONDS`` before the rest;
- ``trickle``: streams a chunk every ``TRICKLE_SECONDS``, ``TRICKLE_CHUNKS`` times;
- ``stall``: streams the first chunk, then waits ``SLOW_SECONDS`` before the rest;
- ``cut``: streams the first chunk, then drops the connection in the middle of the body;
- ``plain``: like ``echo``, but answers plain JSON even when a stream is asked;
- ``empty``: a stream with no event, only ``[DONE]`` (and plain JSON when no stream is asked);
- ``crlf``: streams like ``echo`` with CRLF line ends, in 7-byte writes (lines, CRLFs and UTF-8
  characters split between writes).

``/v1/embeddings`` answers three numbers per input. Every request (path, headers, raw body) is kept
in ``recorder.requests`` so that tests can assert that no identifier ever arrived.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

SLOW_SECONDS = 3.0
DRIP_SECONDS = 0.7  # under the tests' 1 s upstream time-out
TRICKLE_SECONDS = 0.1
TRICKLE_CHUNKS = 12


class CutMidStream(Exception):
    """Raised in a streamed body: uvicorn then closes the connection before the body's end."""


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Recorder:
    requests: list[Recorded] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def everything(self) -> str:
        """Every byte received, as one text (paths, headers and bodies) for leak checks."""
        with self.lock:
            return "\n".join(f"{r.path}\n{json.dumps(r.headers)}\n{r.body}" for r in self.requests)

    def clear(self) -> None:
        with self.lock:
            self.requests.clear()

    def last(self) -> Recorded:
        with self.lock:
            return self.requests[-1]


def _last_text(body: dict[str, Any]) -> str:
    content = body["messages"][-1].get("content") or ""
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content)


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None = None) -> bytes:
    event = {
        "id": "chatcmpl-upstream",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": body["model"],
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode()


async def _crlf(body: dict[str, Any], text: str) -> AsyncIterator[bytes]:
    events = [_chunk(body, {"content": text[i : i + 3]}) for i in range(0, len(text), 3)]
    payload = b"".join([*events, _chunk(body, {}, "stop"), b"data: [DONE]\n\n"]).replace(b"\n", b"\r\n")
    for i in range(0, len(payload), 7):
        yield payload[i : i + 7]
        await asyncio.sleep(0.002)  # each write leaves on its own


def create_upstream(recorder: Recorder) -> Starlette:
    async def record(request: Request) -> dict[str, Any]:
        raw = await request.body()
        text = raw.decode("utf-8")
        with recorder.lock:
            recorder.requests.append(Recorded(request.url.path, dict(request.headers), text))
        parsed: dict[str, Any] = json.loads(text)
        return parsed

    async def chat(request: Request) -> Response:
        body = await record(request)
        model = body["model"]
        if model == "fail":
            return JSONResponse({"error": {"message": "boom"}}, status_code=500)
        if model == "busy":
            return JSONResponse({"error": {"message": "slow down"}}, status_code=429)
        if model == "garbage":
            return Response(b"<html>upstream proxy error</html>", media_type="application/json")
        if model == "list":
            return JSONResponse([1, 2, 3])
        if model == "redirect":
            return Response(status_code=307, headers={"location": str(request.url)})
        if model == "slow":
            await asyncio.sleep(SLOW_SECONDS)
        text = _last_text(body)
        tool = model == "tool" and body.get("tools")
        arguments = json.dumps({"texte": text}, ensure_ascii=False) if tool else ""
        name = body["tools"][0]["function"]["name"] if tool else ""
        if model == "empty" and body.get("stream"):
            return Response(b"data: [DONE]\n\n", media_type="text/event-stream")
        if not body.get("stream") or model == "plain":
            message: dict[str, Any] = {"role": "assistant", "content": None if tool else text}
            if tool:
                message["tool_calls"] = [
                    {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}
                ]
            answer = JSONResponse(
                {
                    "id": "chatcmpl-upstream",
                    "object": "chat.completion",
                    "created": 1700000000,
                    "model": model,
                    "choices": [
                        {"index": 0, "message": message, "finish_reason": "tool_calls" if tool else "stop"}
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
            )
            if model == "cookie":
                answer.set_cookie("upstream_session", "set-for-one-request")
            return answer

        if model == "crlf":
            return StreamingResponse(_crlf(body, text), media_type="text/event-stream")

        async def events() -> AsyncIterator[bytes]:
            yield _chunk(body, {"role": "assistant", "content": ""})
            if tool:
                head = {
                    "index": 0,
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": name, "arguments": ""},
                }
                yield _chunk(body, {"tool_calls": [head]})
                for i in range(0, len(arguments), 5):
                    piece = {"index": 0, "function": {"arguments": arguments[i : i + 5]}}
                    yield _chunk(body, {"tool_calls": [piece]})
                yield _chunk(body, {}, "tool_calls")
            elif model == "trickle":
                for _ in range(TRICKLE_CHUNKS):
                    await asyncio.sleep(TRICKLE_SECONDS)
                    yield _chunk(body, {"content": "."})
                yield _chunk(body, {}, "stop")
            else:
                for i in range(0, len(text), 3):
                    yield _chunk(body, {"content": text[i : i + 3]})
                    if model == "drip" and i == 0:
                        await asyncio.sleep(DRIP_SECONDS)
                    if model == "stall" and i == 0:
                        await asyncio.sleep(SLOW_SECONDS)
                    if model == "cut":
                        await asyncio.sleep(0.05)  # so that the first chunk leaves on its own
                        raise CutMidStream
                yield _chunk(body, {}, "stop")
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    async def embeddings(request: Request) -> Response:
        body = await record(request)
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = [{"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3]} for i in range(len(inputs))]
        return JSONResponse(
            {
                "object": "list",
                "data": data,
                "model": body["model"],
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
            }
        )

    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/embeddings", embeddings, methods=["POST"]),
        ]
    )
