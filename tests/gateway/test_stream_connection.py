"""A streamed answer is read to its end after « [DONE] », so its upstream connection can be reused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from egide.gateway import create_app
from egide.governance import add_tool, approve_tool, bootstrap
from egide.settings import Settings
from egide.store import Database

SECRET = "stream-test-secret-" + "s" * 30


class Body(httpx.AsyncByteStream):
    """An SSE body that notes whether it was read to its end (what lets httpx pool the connection)."""

    def __init__(self, read_to_end: list[bool]) -> None:
        self.read_to_end = read_to_end

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'data: {"id":"x","choices":[{"index":0,"delta":{"content":"Bonjour"},"finish_reason":null}]}\n\n'
        yield b'data: {"id":"x","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'
        yield b"data: [DONE]\n\n"
        yield b": trailing comment after the end\n\n"
        self.read_to_end.append(True)


def test_the_upstream_stream_is_read_to_its_end(tmp_path: Path) -> None:
    read_to_end: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Body(read_to_end))

    settings = Settings(
        environment="test", data_dir=tmp_path, secret_key=SECRET, gateway={"rate_limit_per_minute": 0}
    )
    database = Database.from_settings(settings, migrate=True)
    key = bootstrap(database, settings)
    with database.session(write=True) as session:
        tool = add_tool(
            session, name="t", base_url="http://up.test/v1", confidentiality="contracted", models={"m": "x"}
        )
        approve_tool(session, tool.id)
    app = create_app(settings, database=database, transport=httpx.MockTransport(handler))
    with TestClient(app) as client:
        response = client.post(
            "/v1/chat/completions",
            json={"model": "m", "stream": True, "messages": [{"role": "user", "content": "Bonjour"}]},
            headers={"authorization": f"Bearer {key}"},
        )
    assert response.status_code == 200
    lines = [line for line in response.text.splitlines() if line]
    assert lines[-1] == "data: [DONE]"
    assert '"content":"Bonjour"' in response.text
    assert read_to_end == [True]
    database.dispose()
