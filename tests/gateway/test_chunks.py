"""A whole completion told as stream events: content, tool calls and finish reasons in order."""

from __future__ import annotations

from typing import Any

from egide.gateway.chunks import as_chunks, is_completion


def _completion(message: dict[str, Any], finish: str | None = "stop", **extra: Any) -> dict[str, Any]:
    return {
        "id": "c1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        **extra,
    }


def test_text_answer() -> None:
    events = list(as_chunks(_completion({"role": "assistant", "content": "Bonjour"})))
    assert [e["object"] for e in events] == ["chat.completion.chunk"] * 2
    assert events[0]["choices"][0]["delta"] == {"role": "assistant", "content": "Bonjour"}
    assert events[1]["choices"][0] == {"index": 0, "delta": {}, "finish_reason": "stop"}


def test_tool_calls_get_their_index_and_usage_comes_last() -> None:
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    data = _completion(
        {"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls", usage={"total_tokens": 3}
    )
    events = list(as_chunks(data))
    assert events[0]["choices"][0]["delta"]["tool_calls"] == [{"index": 0, **call}]
    assert "content" not in events[0]["choices"][0]["delta"]  # null content is not sent as text
    assert events[1]["choices"][0]["finish_reason"] == "tool_calls"
    assert events[2] == {**{k: events[0][k] for k in ("id", "object", "created", "model")}, "choices": [],
                         "usage": {"total_tokens": 3}}  # fmt: skip


def test_missing_finish_reason_reads_as_stop() -> None:
    events = list(as_chunks(_completion({"content": "x"}, None)))
    assert events[-1]["choices"][0]["finish_reason"] == "stop"


def test_what_is_a_completion() -> None:
    assert is_completion(_completion({"content": "x"}))
    assert not is_completion({"choices": []})
    assert not is_completion({"choices": [{"text": "legacy"}]})
    assert not is_completion({"error": {"message": "boom"}})
    assert not is_completion({"choices": "x"})
