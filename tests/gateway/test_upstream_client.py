"""The client towards the models (aiohttp), against real model servers on loopback.

Every failure a model can cause is translated at this boundary: refused connection, 500, 429,
slowness, an unreadable body, a redirect; mid-stream failures (a cut, a stall) become an error event.
Only what égide sets leaves, and streams split anywhere by the network come back whole.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from egide.app import database_of
from egide.gateway.app import create_app
from egide.gateway.config import GatewayConfig
from egide.gateway.upstream import LineSplitter, UpstreamClient
from egide.governance import add_tool, bootstrap
from egide.store import Database
from tests.gateway.conftest import ModelServer, make_settings
from tests.gateway.servers import free_port
from tests.gateway.upstream import TRICKLE_CHUNKS, TRICKLE_SECONDS, Recorder
from tests.governance.reviewed import approve_reviewed

CHAT = "/v1/chat/completions"
TIMEOUT_S = 0.5
BEHAVIOURS = (
    "echo", "fail", "busy", "garbage", "list", "redirect", "cookie", "slow", "stall", "cut", "trickle", "crlf"
)  # fmt: skip
#: What the client asks; it must never appear in an error message.
TEXT = "Quelle posologie d'amoxicilline chez l'enfant de 20 kg ? Réponse détaillée, s'il vous plaît."


@dataclass
class Env:
    client: TestClient
    key: str
    recorder: Recorder

    def ask(self, alias: str, stream: bool = False, headers: dict[str, str] | None = None) -> httpx.Response:
        return self.client.post(
            CHAT,
            json={"model": alias, "stream": stream, "messages": [{"role": "user", "content": TEXT}]},
            headers={"authorization": f"Bearer {self.key}", **(headers or {})},
        )

    def received(self, behaviour: str) -> list[dict[str, str]]:
        """The headers of every request the model server received for this behaviour."""
        with self.recorder.lock:
            return [r.headers for r in self.recorder.requests if r.json()["model"] == behaviour]


def add_tools(database: Database, model_url: str) -> None:
    with database.session(write=True) as session:
        for name, url, models in [
            ("contrat", model_url, {f"m-{b}": b for b in BEHAVIOURS}),
            # By name: a cookie jar may keep cookies for a host name and drop those of an IP address.
            ("par nom", model_url.replace("127.0.0.1", "localhost"), {"m-cookie-by-name": "cookie"}),
            ("en panne", f"http://127.0.0.1:{free_port()}/v1", {"m-down": "echo"}),  # nothing listens
        ]:
            tool = add_tool(
                session,
                name=name,
                base_url=url,
                confidentiality="contracted",
                models=models,
                api_key="sk-upstream-secret",
            )
            approve_reviewed(session, tool.id)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, model_server: ModelServer) -> Iterator[Env]:
    settings = make_settings(
        tmp_path_factory.mktemp("upstream"),
        upstream_timeout_s=TIMEOUT_S,
        upstream_connect_timeout_s=TIMEOUT_S,
    )
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    assert key is not None
    add_tools(database, model_server.url)
    with TestClient(create_app(settings, database=database)) as client:
        yield Env(client, key, model_server.recorder)
    database.dispose()


def events(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    lines = [line for line in response.text.splitlines() if line]
    assert lines[-1] == "data: [DONE]"
    return [json.loads(line[6:]) for line in lines[:-1]]


def content(events: list[dict[str, Any]]) -> str:
    return "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e.get("choices"))


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(
    ("alias", "status", "code", "says"),
    [
        ("m-down", 502, "upstream_failed", "injoignable"),
        ("m-fail", 502, "upstream_failed", "statut 500"),
        ("m-busy", 429, "upstream_rate_limited", "limite le débit"),
        ("m-slow", 504, "upstream_timeout", f"délai imparti ({TIMEOUT_S:g} s)"),
    ],
)
def test_failures_before_the_first_byte_get_their_status(
    env: Env, alias: str, status: int, code: str, says: str, stream: bool
) -> None:
    response = env.ask(alias, stream=stream)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert f"« {alias} »" in error["message"] and says in error["message"]
    assert TEXT not in response.text and "amoxicilline" not in response.text


@pytest.mark.parametrize(("alias", "says"), [("m-garbage", "illisible"), ("m-list", "inattendue")])
def test_an_answer_that_is_not_a_json_object_is_502(env: Env, alias: str, says: str) -> None:
    response = env.ask(alias)
    assert response.status_code == 502
    error = response.json()["error"]
    assert f"« {alias} »" in error["message"] and says in error["message"]


def test_redirects_are_not_followed(env: Env) -> None:
    # The model answers 307 towards itself: followed, it would receive the request twice.
    before = len(env.received("redirect"))
    assert env.ask("m-redirect").status_code == 502
    assert len(env.received("redirect")) == before + 1


def test_only_what_egide_sets_leaves(env: Env) -> None:
    sent = {"x-client-secret": "do-not-forward", "cookie": "client_session=abc"}
    for alias in ("m-cookie", "m-cookie", "m-cookie-by-name", "m-cookie-by-name"):
        # The second request would carry the cookie the model set on the first.
        assert env.ask(alias, headers=sent).status_code == 200
    for headers in env.received("cookie")[-4:]:
        assert "x-client-secret" not in headers and "cookie" not in headers
        assert headers["authorization"] == "Bearer sk-upstream-secret"
        assert env.key not in json.dumps(headers)


def test_no_proxy_is_taken_from_the_environment(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, closed)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    response = env.ask("m-echo")
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == TEXT


def test_a_stream_cut_midway_ends_with_an_error_event(env: Env) -> None:
    received = events(env.ask("m-cut", stream=True))
    assert content(received[:-1]) == TEXT[:3]  # what came before the cut was passed on
    error = received[-1]["error"]
    assert error["code"] == "upstream_failed" and "« m-cut »" in error["message"]


def test_a_stream_that_stalls_times_out(env: Env) -> None:
    received = events(env.ask("m-stall", stream=True))
    assert content(received[:-1]) == TEXT[:3]
    assert received[-1]["error"]["code"] == "upstream_timeout"


def test_a_long_stream_that_keeps_coming_is_not_cut(env: Env) -> None:
    assert TRICKLE_SECONDS < TIMEOUT_S < TRICKLE_SECONDS * TRICKLE_CHUNKS / 2  # what makes this test mean it
    received = events(env.ask("m-trickle", stream=True))
    assert content(received) == "." * TRICKLE_CHUNKS
    assert not any("error" in e for e in received)


def test_lines_split_by_the_network_and_crlf_line_ends(env: Env) -> None:
    received = events(env.ask("m-crlf", stream=True))
    assert content(received) == TEXT
    assert received[-1]["choices"][0]["finish_reason"] == "stop"


@given(
    st.lists(st.sampled_from([b"data: a", b"\xc3\xa9", b"\n", b"\r", b"\r\n", b":", b""]), max_size=30),
    st.data(),
)
def test_line_splitter_at_any_split(pieces: list[bytes], data: st.DataObject) -> None:
    payload = b"".join(pieces)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(payload)), max_size=8)))
    splitter = LineSplitter()
    lines: list[bytes] = []
    for start, end in zip([0, *cuts], [*cuts, len(payload)], strict=True):
        lines += splitter.feed(payload[start:end])
    lines += splitter.end()
    assert lines == payload.splitlines()  # LF, CRLF and CR, as server-sent events allow


def test_one_app_serves_one_test_client_after_another(tmp_path: Path, model_server: ModelServer) -> None:
    # Each ``with TestClient`` runs the app on a new event loop: the first loop's session is closed
    # by the app's shutdown, the second loop gets its own.
    settings = make_settings(tmp_path)
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    add_tools(database, model_server.url)
    app = create_app(settings, database=database)
    for _ in range(2):
        with TestClient(app) as client:
            env = Env(client, str(key), model_server.recorder)
            plain = env.ask("m-echo")
            assert plain.status_code == 200, plain.text
            assert plain.json()["choices"][0]["message"]["content"] == TEXT
            assert content(events(env.ask("m-echo", stream=True))) == TEXT
    database.dispose()


def test_a_session_is_used_only_on_the_loop_it_was_made_on(model_server: ModelServer) -> None:
    upstream = UpstreamClient(GatewayConfig(upstream_timeout_s=5))
    body = {"model": "echo", "messages": [{"role": "user", "content": "Bonjour"}]}

    async def ask() -> str:
        answer = await upstream.post_json(model_server.url, "/chat/completions", None, body, model="m")
        return str(answer["choices"][0]["message"]["content"])

    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever, daemon=True)
    thread.start()
    try:
        assert asyncio.run_coroutine_threadsafe(ask(), other).result(10) == "Bonjour"
        with pytest.raises(RuntimeError, match="another event loop"):
            asyncio.run(ask())  # that loop is still running: its session is not borrowed
        asyncio.run_coroutine_threadsafe(upstream.aclose(), other).result(10)

        async def ask_and_close() -> str:
            try:
                return await ask()
            finally:
                await upstream.aclose()

        assert asyncio.run(ask_and_close()) == "Bonjour"  # closed at its loop's shutdown: a new one here
    finally:
        other.call_soon_threadsafe(other.stop)
        thread.join(10)
        other.close()
