"""A streamed answer is read to its end after « [DONE] », so its upstream connection is reused.

The model server notes the client port of every request: one port for successive streams means
one connection. Its body goes on after « [DONE] », a little later: a client that stopped reading
at « [DONE] » would have to close the connection and open another for the next stream.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import bootstrap
from egide.settings import Settings
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.gateway.conftest import approved_tool
from tests.gateway.servers import serve_handler, serve_in_thread

SECRET = "stream-test-secret-" + "s" * 30


def test_the_upstream_stream_is_read_to_its_end_and_its_connection_reused(tmp_path: Path) -> None:
    ports: list[int] = []
    read_to_end: list[bool] = []

    async def model(request: Request) -> Response:
        assert request.client is not None
        ports.append(request.client.port)

        async def body() -> AsyncIterator[bytes]:
            yield b'data: {"id":"x","choices":[{"index":0,"delta":{"content":"Bonjour"},"finish_reason":null}]}\n\n'
            yield b'data: {"id":"x","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'
            yield b"data: [DONE]\n\n"
            await asyncio.sleep(0.2)  # what follows « [DONE] » arrives on its own
            yield b": trailing comment after the end\n\n"
            read_to_end.append(True)

        return StreamingResponse(body(), media_type="text/event-stream")

    settings = Settings(
        environment="test", data_dir=tmp_path, secret_key=SECRET, gateway={"rate_limit_per_minute": 0}
    )
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    with serve_handler(model) as model_url:
        approved_tool(database, model_url, models={"m": "x"})
        with TestClient(create_app(settings, database=database)) as client:
            responses = [
                client.post(
                    "/v1/chat/completions",
                    json={"model": "m", "stream": True, "messages": [{"role": "user", "content": "Bonjour"}]},
                    headers={"authorization": f"Bearer {key}"},
                )
                for _ in range(3)
            ]
    for response in responses:
        assert response.status_code == 200
        lines = [line for line in response.text.splitlines() if line]
        assert lines[-1] == "data: [DONE]"
        assert '"content":"Bonjour"' in response.text
    assert read_to_end == [True, True, True]
    assert len(ports) == 3 and len(set(ports)) == 1, ports  # one connection for the three streams
    database.dispose()


def test_a_client_gone_mid_stream_is_recorded_as_such_not_as_a_success(tmp_path: Path) -> None:
    async def model(request: Request) -> Response:
        async def body() -> AsyncIterator[bytes]:
            for _ in range(50):
                yield b'data: {"id":"x","choices":[{"index":0,"delta":{"content":"mot "},"finish_reason":null}]}\n\n'
                await asyncio.sleep(0.05)
            yield b"data: [DONE]\n\n"

        return StreamingResponse(body(), media_type="text/event-stream")

    settings = Settings(
        environment="test", data_dir=tmp_path, secret_key=SECRET, gateway={"rate_limit_per_minute": 0}
    )
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    request = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "Bonjour"}]}
    with serve_handler(model) as model_url:
        approved_tool(database, model_url, models={"m": "x"})
        with serve_in_thread(create_app(settings, database=database)) as url:
            auth = {"authorization": f"Bearer {key}"}
            with httpx.stream("POST", url + "/v1/chat/completions", json=request, headers=auth) as partial:
                assert partial.status_code == 200
                next(partial.iter_bytes())  # the first words, then the person closes the tab
            whole = httpx.post(url + "/v1/chat/completions", json=request, headers=auth, timeout=30)
            assert whole.text.rstrip().endswith("data: [DONE]")
            deadline = time.monotonic() + 10
            while len(outcomes := _upstream_outcomes(database)) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
    database.dispose()
    assert sorted(outcomes) == [("client_gone", 499), ("ok", 200)]


def _upstream_outcomes(database: Database) -> list[tuple[str, int]]:
    with database.session() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.kind == "gateway.upstream")).all()
        events = [json.loads(record.canonical) for record in records]
    return [(event["outcome"], event["status"]) for event in events]
