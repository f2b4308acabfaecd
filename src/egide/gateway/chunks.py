"""A whole chat completion told as stream events, for a client that asked for a stream.

Two answers arrive whole where the client asked ``stream: true``: an upstream that ignores the flag
and answers plain JSON, and the built-in aperçu tool. Both are restored and marked like any whole
answer first, then told as the events an OpenAI stream would have carried: the role, the content,
the tool calls, then the finish reason (and the usage, when the answer had one).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def is_completion(data: dict[str, Any]) -> bool:
    """Whether ``data`` reads as a chat completion: a list of choices, each with a message."""
    choices = data.get("choices")
    return (
        isinstance(choices, list)
        and bool(choices)
        and all(isinstance(c, dict) and isinstance(c.get("message"), dict) for c in choices)
    )


def as_chunks(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The events of ``data`` (a chat completion, see :func:`is_completion`), in order."""
    base = {
        "id": data.get("id", ""),
        "object": "chat.completion.chunk",
        "created": data.get("created", 0),
        "model": data.get("model", ""),
    }
    for position, choice in enumerate(data["choices"]):
        index = choice.get("index", position)
        message = choice["message"]
        delta: dict[str, Any] = {"role": message.get("role", "assistant")}
        for key in ("content", "refusal", "reasoning_content"):
            if isinstance(message.get(key), str):
                delta[key] = message[key]
        calls = message.get("tool_calls")
        if isinstance(calls, list) and calls:
            delta["tool_calls"] = [
                {"index": i, **call} if isinstance(call, dict) else call for i, call in enumerate(calls)
            ]
        yield base | {"choices": [{"index": index, "delta": delta, "finish_reason": None}]}
        finish = {"index": index, "delta": {}, "finish_reason": choice.get("finish_reason") or "stop"}
        yield base | {"choices": [finish]}
    if isinstance(data.get("usage"), dict):
        yield base | {"choices": [], "usage": data["usage"]}
