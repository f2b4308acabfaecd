"""Putting the original values back into the model's answer: whole responses and streams.

Only what the model wrote is restored: message content, refusals and tool-call arguments. Tool-call
arguments are JSON, so originals are put back as JSON string content (quotes and backslashes
escaped). Streams are restored chunk by chunk: a restorer holds back only the few characters that
might be the start of a pseudonym split across chunks, so the first token is not delayed.
"""

from __future__ import annotations

import json
from typing import Any, Protocol


class ChunkRestorer(Protocol):
    def feed(self, chunk: str) -> str: ...
    def flush(self) -> str: ...


class Restorer(Protocol):
    def restore(self, text: str) -> str: ...
    def stream_restorer(self, json_string: bool = False) -> ChunkRestorer: ...


_TEXT_FIELDS = ("content", "refusal", "reasoning_content")


def _restore_leaves(value: Any, restorer: Restorer) -> Any:
    if isinstance(value, str):
        return restorer.restore(value)
    if isinstance(value, list):
        return [_restore_leaves(v, restorer) for v in value]
    if isinstance(value, dict):
        return {k: _restore_leaves(v, restorer) for k, v in value.items()}
    return value


def restore_arguments(arguments: str, restorer: Restorer) -> str:
    """Restore inside a JSON document given as text; falls back to JSON-escaped restoration."""
    try:
        parsed = json.loads(arguments)
    except json.JSONDecodeError:
        chunks = restorer.stream_restorer(json_string=True)
        return chunks.feed(arguments) + chunks.flush()
    return json.dumps(_restore_leaves(parsed, restorer), ensure_ascii=False)


def _restore_message(message: dict[str, Any], restorer: Restorer) -> None:
    for key in _TEXT_FIELDS:
        if isinstance(message.get(key), str):
            message[key] = restorer.restore(message[key])
    if isinstance(message.get("content"), list):
        for part in message["content"]:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                part["text"] = restorer.restore(part["text"])
    for call in message.get("tool_calls") or []:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict) and isinstance(function.get("arguments"), str):
            function["arguments"] = restore_arguments(function["arguments"], restorer)
    call = message.get("function_call")
    if isinstance(call, dict) and isinstance(call.get("arguments"), str):
        call["arguments"] = restore_arguments(call["arguments"], restorer)


def restore_completion(body: dict[str, Any], restorer: Restorer) -> None:
    """Restore a chat completion (non-streamed) in place."""
    for choice in body.get("choices") or []:
        if isinstance(choice, dict):
            if isinstance(choice.get("message"), dict):
                _restore_message(choice["message"], restorer)
            if isinstance(choice.get("text"), str):  # legacy completions shape
                choice["text"] = restorer.restore(choice["text"])


class StreamRestoration:
    """Restores the events of one streamed completion, one event at a time.

    Each choice has a restorer for its content (and refusal), and each of its tool calls one in
    JSON mode. When a choice finishes, what its restorers still hold is added to that same event,
    so that nothing is lost and no event is invented in the common case. :meth:`finish` returns
    one last event for choices that never reported a finish reason.
    """

    def __init__(self, restorer: Restorer | None) -> None:
        self._restorer = restorer
        self._text: dict[tuple[int, str], ChunkRestorer] = {}
        self._calls: dict[tuple[int, int], ChunkRestorer] = {}
        self._template: dict[str, Any] = {}

    def _text_restorer(self, choice: int, field: str) -> ChunkRestorer:
        key = (choice, field)
        if key not in self._text:
            assert self._restorer is not None
            self._text[key] = self._restorer.stream_restorer()
        return self._text[key]

    def _call_restorer(self, choice: int, call: int) -> ChunkRestorer:
        key = (choice, call)
        if key not in self._calls:
            assert self._restorer is not None
            self._calls[key] = self._restorer.stream_restorer(json_string=True)
        return self._calls[key]

    def event(self, event: dict[str, Any]) -> dict[str, Any]:
        """Restore one event in place and return it."""
        if self._restorer is None:
            return event
        if not self._template:
            self._template = {k: event[k] for k in ("id", "object", "created", "model") if k in event}
        for choice in event.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0) if isinstance(choice.get("index", 0), int) else 0
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                delta = choice["delta"] = {}
            for field in _TEXT_FIELDS:  # reasoning too: the client resends it, it is scanned again
                if isinstance(delta.get(field), str):
                    delta[field] = self._text_restorer(index, field).feed(delta[field])
            for call in delta.get("tool_calls") or []:
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    restorer = self._call_restorer(index, int(call.get("index", 0)))
                    function["arguments"] = restorer.feed(function["arguments"])
            if choice.get("finish_reason") is not None:
                self._flush_choice(index, delta)
        return event

    def _flush_choice(self, index: int, delta: dict[str, Any]) -> None:
        for (choice, field), restorer in list(self._text.items()):
            if choice == index:
                rest = restorer.flush()
                if rest:
                    delta[field] = (delta.get(field) or "") + rest
                del self._text[(choice, field)]
        for (choice, call), restorer in list(self._calls.items()):
            if choice != index:
                continue
            rest = restorer.flush()
            del self._calls[(choice, call)]
            if not rest:
                continue
            calls = delta.setdefault("tool_calls", [])
            entry = next((c for c in calls if isinstance(c, dict) and c.get("index", 0) == call), None)
            if entry is None:
                entry = {"index": call, "function": {"arguments": ""}}
                calls.append(entry)
            function = entry.setdefault("function", {})
            function["arguments"] = (function.get("arguments") or "") + rest

    def finish(self) -> dict[str, Any] | None:
        """An event carrying whatever is still held for choices that never finished, or None."""
        indexes = sorted({c for c, _ in self._text} | {c for c, _ in self._calls})
        choices = []
        for index in indexes:
            delta: dict[str, Any] = {}
            self._flush_choice(index, delta)
            if delta:
                choices.append({"index": index, "delta": delta, "finish_reason": None})
        if not choices:
            return None
        return {**self._template, "choices": choices}
