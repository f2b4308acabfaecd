"""Pieces of the gateway on their own: slots of a conversation, stream restoration, caches, the limiter."""

from __future__ import annotations

import json

import pytest

from egide.detect import Finding
from egide.errors import InputError, RateLimited
from egide.gateway.authcache import AuthCache
from egide.gateway.conversation import conversation_anchor
from egide.gateway.events import GatewayUpstreamResult
from egide.gateway.fields import read_chat, read_embeddings
from egide.gateway.mappings import MappingStore, MemoryTokens
from egide.gateway.ratelimit import RateLimiter
from egide.gateway.restore import StreamRestoration, restore_completion
from egide.governance import Principal, Role
from egide.transform import Pseudonymiser

NAME = 'Jeanne "Jo" DUPONT'


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def pseudonymiser() -> tuple[Pseudonymiser, str]:
    p = Pseudonymiser("placeholder", secret=b"k" * 32, scope="conversation")
    text = f"Patiente {NAME}, revue ce jour."
    start = text.index(NAME)
    masked = p.apply(text, [Finding(start, start + len(NAME), "NOM", 0.9, "test")])
    return p, masked


def test_slots_cover_every_part_in_order_and_write_back() -> None:
    body = {
        "model": "m",
        "messages": [
            {"role": "system", "content": "système"},
            {"role": "user", "name": "jdupont", "content": [{"type": "text", "text": "utilisateur"}]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "c",
                        "type": "function",
                        "function": {"name": "f", "arguments": '{"a": ["x", {"b": "y"}]}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c", "content": "résultat"},
        ],
        "tools": [{"type": "function", "function": {"name": "f", "description": "description"}}],
    }
    extracted = read_chat(body)
    # The participant name is never forwarded; the function name is scanned (as a name) in its place.
    texts = ["système", "utilisateur", "f", "a", "x", "b", "y", "résultat", "f", "description"]
    assert extracted.texts() == texts
    assert [s.text for s in extracted.slots if s.is_name] == ["f", "a", "b", "f"]
    for slot in extracted.slots:
        if not slot.is_name:
            slot.write(slot.text.upper())
    extracted.finalise()
    sent = extracted.outgoing["messages"]
    assert sent[2]["tool_calls"][0]["function"]["arguments"] == '{"a": ["X", {"b": "Y"}]}'
    assert "name" not in sent[1]  # a participant name never leaves
    assert sent[1]["content"][0]["text"] == "UTILISATEUR"
    assert sent[2]["tool_calls"][0]["id"] == sent[3]["tool_call_id"] == "call00001"  # renamed alike
    assert body["messages"][1]["content"][0]["text"] == "utilisateur"  # type: ignore[index]  # the client's body is not touched


def test_unscannable_parts_and_invalid_shapes() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [{"type": "image_url", "image_url": {"url": "x"}}, {"type": "input_audio"}],
            }
        ]
    }
    assert read_chat(body).unscannable == ["image_url", "input_audio"]
    for bad in (
        {},
        {"messages": []},
        {"messages": [{"role": "robot"}]},
        {"messages": [{"role": "user", "content": 3}]},
    ):
        with pytest.raises(InputError):
            read_chat(bad)
    assert read_embeddings({"input": [[1, 2, 3]]}).unscannable == ["tokens"]
    assert (
        conversation_anchor(
            {"messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]}
        )
        == "u"
    )


def test_stream_restoration_at_every_split_point() -> None:
    p, masked = pseudonymiser()
    original = p.restore(masked)
    assert NAME in original and NAME not in masked
    for cut in range(1, len(masked)):
        restoration = StreamRestoration(p)
        out = []
        for i, piece in enumerate((masked[:cut], masked[cut:])):
            finish = "stop" if i == 1 else None
            event = {
                "id": "x",
                "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": finish}],
            }
            out.append(restoration.event(event)["choices"][0]["delta"]["content"])
        assert restoration.finish() is None
        assert "".join(out) == original


def test_streamed_tool_arguments_stay_valid_json_with_quotes_in_values() -> None:
    p, masked = pseudonymiser()
    arguments = json.dumps({"texte": masked})
    restoration = StreamRestoration(p)
    pieces = []
    for i in range(0, len(arguments), 2):
        event = {
            "choices": [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "function": {"arguments": arguments[i : i + 2]}}]},
                    "finish_reason": None,
                }
            ]
        }
        pieces.append(
            restoration.event(event)["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"]
        )
    tail = restoration.finish()  # the stream ended without a finish reason: what was held comes out
    if tail is not None:
        pieces.append(tail["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"])
    assert json.loads("".join(pieces)) == {"texte": p.restore(masked)}


def test_restore_completion_content_and_arguments() -> None:
    p, masked = pseudonymiser()
    body = {
        "choices": [
            {
                "index": 0,
                "message": {
                    "content": masked,
                    "tool_calls": [{"function": {"name": "f", "arguments": json.dumps({"t": masked})}}],
                },
            }
        ]
    }
    restore_completion(body, p)
    message = body["choices"][0]["message"]
    assert NAME in message["content"]  # type: ignore[operator]
    assert json.loads(message["tool_calls"][0]["function"]["arguments"])["t"] == message["content"]  # type: ignore[index]


def test_auth_cache_expires() -> None:
    clock = Clock()
    cache = AuthCache(5.0, clock)
    principal = Principal(user_id=1, role=Role.ADMIN, key_id=1, display_name="a")
    cache.put("egide_key", principal, 7)
    cached = cache.get("egide_key")
    assert cached is not None and (cached.principal, cached.charter_id) == (principal, 7)
    assert cache.get("egide_other") is None
    clock.now += 5.0
    assert cache.get("egide_key") is None
    cache.put("egide_key", principal, None)
    cache.drop("egide_key")
    assert cache.get("egide_key") is None
    assert AuthCache(0.0).get("egide_key") is None


def test_mapping_store_is_encrypted_and_expires() -> None:
    clock = Clock()
    store = MappingStore(b"s" * 32, 60.0, MemoryTokens(clock))
    p, _ = pseudonymiser()
    store.save("scope", p.mapping)
    assert all(b"DUPONT" not in token for token in store.raw_tokens())
    loaded = store.load("scope")
    assert loaded is not None and len(loaded) == len(p.mapping)
    clock.now += 61
    assert store.load("scope") is None
    disabled = MappingStore(b"s" * 32, 0.0, MemoryTokens(clock))
    disabled.save("scope", p.mapping)
    assert disabled.load("scope") is None and disabled.raw_tokens() == []


def test_rate_limiter_sliding_window() -> None:
    clock = Clock()
    limiter = RateLimiter(2, clock)
    limiter.check("a")
    limiter.check("a")
    limiter.check("b")
    with pytest.raises(RateLimited):
        limiter.check("a")
    clock.now += 60.0
    limiter.check("a")


def test_gateway_json_keeps_non_ascii_and_label_keys() -> None:
    from enum import StrEnum

    from egide.gateway import jsonio

    class Label(StrEnum):
        NOM = "NOM"

    encoded = jsonio.dumps({"content": "Né à Sète", Label.NOM: 2})
    assert encoded == '{"content":"Né à Sète","NOM":2}'.encode()
    assert jsonio.loads(encoded) == {"content": "Né à Sète", "NOM": 2}
    with pytest.raises(jsonio.JSONDecodeError) as caught:
        jsonio.loads('{"a": 1,\n "b": }')
    assert caught.value.lineno == 2


def _result(n: int) -> GatewayUpstreamResult:
    return GatewayUpstreamResult(
        actor_user_id=1,
        request_id=f"req_{n}",
        tool_id=1,
        outcome="ok",
        status=200,
        latency_ms=n,
        stream=False,
    )


def test_audit_writer_lets_a_request_carry_waiting_results_and_drains_on_close() -> None:
    from egide.gateway.auditwriter import AuditWriter

    written: list[list[str | None]] = []
    writer = AuditWriter(lambda events: written.append([e.request_id for e in events]), linger_s=30)
    writer.submit(_result(1))
    writer.submit(_result(2))
    carried = writer.take()  # what a request's own transaction writes first
    assert [e.request_id for e in carried] == ["req_1", "req_2"]
    writer.submit(_result(3))
    writer.give_back(carried)  # that transaction failed: nothing is lost, order is kept
    writer.close()  # cuts the linger short and writes what waits
    assert written == [["req_1", "req_2", "req_3"]]


def test_audit_writer_writes_on_its_own_after_the_linger() -> None:
    import threading

    from egide.gateway.auditwriter import AuditWriter

    done = threading.Event()
    written: list[int] = []

    def append(events: object) -> None:
        written.append(len(events))  # type: ignore[arg-type]
        done.set()

    writer = AuditWriter(append, linger_s=0.01)
    writer.submit(_result(1))
    assert done.wait(5)
    assert written == [1]
    writer.close()


def test_audit_writer_starts_its_thread_with_the_first_event_and_stops_it_on_close() -> None:
    import threading

    from egide.gateway.auditwriter import AuditWriter

    def writers() -> int:
        return sum(t.name == "egide-audit-writer" and t.is_alive() for t in threading.enumerate())

    before = writers()
    unused = AuditWriter(lambda events: None)
    assert writers() == before  # a service built and never used leaves no thread behind
    unused.close()  # and closes without one

    used = AuditWriter(lambda events: None, linger_s=0.01)
    used.submit(_result(1))
    assert writers() == before + 1
    used.close()
    assert writers() == before
