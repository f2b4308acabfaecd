"""Several workers share rate limits and conversation mappings through the real Redis of this machine.

Each « worker » is a separate app instance (its own memory, as a uvicorn worker process has) on the
same database and the same Redis (127.0.0.1:6379), under a key prefix of its own per test.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from egide.app import database_of
from egide.errors import ConfigError, RateLimited, SharedStateUnavailable
from egide.gateway.app import create_app
from egide.gateway.ratelimit import RedisRateLimiter
from egide.gateway.shared import SharedState, check_shared_state
from egide.governance import bootstrap
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.gateway.conftest import approved_tool, make_settings
from tests.gateway.servers import free_port, serve_in_thread

REDIS_URL = "redis://127.0.0.1:6379/0"
NIR = "2 61 02 75 115 123 45"
NAME = "Jeanne DUPONT"


@pytest.fixture
def prefix() -> Iterator[str]:
    """A key prefix of this test's own; its keys are removed afterwards."""
    value = f"egide-test-{uuid.uuid4().hex[:12]}"
    yield value
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{value}:*"))
    if keys:
        client.delete(*keys)
    client.close()


def test_one_rate_window_for_every_worker(prefix: str) -> None:
    shared = SharedState(REDIS_URL, prefix)
    workers = [RedisRateLimiter(3, shared), RedisRateLimiter(3, SharedState(REDIS_URL, prefix))]
    workers[0].check("key:1")
    workers[1].check("key:1")
    workers[0].check("key:2")  # another key has its own window
    workers[1].check("key:1")
    for limiter in workers:  # the fourth request of key 1 is refused whichever worker gets it
        with pytest.raises(RateLimited):
            limiter.check("key:1")
    workers[1].check("key:2")
    assert shared.client.zcard(f"{prefix}:rate:key:1") == 3


def test_redis_down_refuses_with_503_and_says_so() -> None:
    shared = SharedState(f"redis://127.0.0.1:{free_port()}/0", "egide-test")
    with pytest.raises(SharedStateUnavailable) as caught:
        RedisRateLimiter(3, shared).check("key:1")
    assert caught.value.status_code == 503 and "Redis" in caught.value.message


def model() -> Starlette:
    """Echoes a turn that holds the NIR; later turns refer to it by the pseudonym seen then."""

    async def chat(request: Request) -> JSONResponse:
        body: dict[str, Any] = await request.json()
        last = body["messages"][-1]["content"]
        text = last if "NIR" in last else "Le numéro demandé est <NIR_1>, pour <NOM_1>."
        return JSONResponse(
            {
                "id": "x",
                "object": "chat.completion",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
                ],
            }
        )

    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


def two_workers(tmp_path: Path, upstream: str, **gateway: object) -> tuple[list[TestClient], str, Database]:
    settings = make_settings(tmp_path, conversation_mapping_ttl_s=600, **gateway)
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    assert key is not None
    approved_tool(database, upstream, "hds", {"m": "x"})
    return [TestClient(create_app(settings, database=database)) for _ in range(2)], key, database


def conversation(workers: list[TestClient], key: str) -> list[Any]:
    """Turn 1 on the first worker, turn 2 (history trimmed by the client) on the second."""
    headers = {"authorization": f"Bearer {key}", "x-egide-conversation-id": "conv-7"}
    turns = [f"Dossier de {NAME}, NIR {NIR}.", "Et son numéro ?"]
    answers = []
    for worker, text in zip(workers, turns, strict=True):
        with worker:
            answers.append(
                worker.post(
                    "/v1/chat/completions",
                    json={"model": "m", "messages": [{"role": "user", "content": text}]},
                    headers=headers,
                )
            )
    return answers


def test_the_next_turn_on_another_worker_restores_through_redis(tmp_path: Path, prefix: str) -> None:
    with serve_in_thread(model()) as upstream:
        workers, key, database = two_workers(
            tmp_path, upstream + "/v1", redis_url=REDIS_URL, redis_prefix=prefix
        )
        first, second = conversation(workers, key)
    assert first.status_code == 200 and second.status_code == 200
    assert first.json()["choices"][0]["message"]["content"] == f"Dossier de {NAME}, NIR {NIR}."
    assert second.json()["choices"][0]["message"]["content"] == f"Le numéro demandé est {NIR}, pour {NAME}."
    # What sits in Redis: keyed hashes as keys, encrypted tokens as values; no identifier anywhere.
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    values = [client.get(k) or b"" for k in keys if client.type(k) == b"string"]
    client.close()
    assert [k for k in keys if k.startswith(f"{prefix}:mapping:".encode())], keys
    for blob in [*keys, *values]:
        for secret in (NIR, NIR.replace(" ", ""), "DUPONT", "Dupont", "Jeanne"):
            assert secret.encode() not in blob
    database.dispose()


def test_without_redis_the_other_worker_cannot_restore(tmp_path: Path) -> None:
    """The failure that ``gateway.redis_url`` prevents (and that ``egide serve`` refuses to start into)."""
    with serve_in_thread(model()) as upstream:
        workers, key, database = two_workers(tmp_path, upstream + "/v1")
        _, second = conversation(workers, key)
    assert second.json()["choices"][0]["message"]["content"] == "Le numéro demandé est <NIR_1>, pour <NOM_1>."
    database.dispose()


def test_redis_down_blocks_the_request_before_anything_leaves(tmp_path: Path) -> None:
    received: list[bytes] = []

    async def chat(request: Request) -> JSONResponse:
        received.append(await request.body())
        return JSONResponse({"choices": []})

    app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])
    with serve_in_thread(app) as upstream:
        workers, key, database = two_workers(
            tmp_path, upstream + "/v1", redis_url=f"redis://127.0.0.1:{free_port()}/0"
        )
        with workers[0] as client:
            response = client.post(
                "/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": f"NIR {NIR}"}]},
                headers={"authorization": f"Bearer {key}"},
            )
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["code"] == "shared_state_unavailable" and NIR not in error["message"]
    assert received == []
    with database.session() as session:
        decisions = session.scalars(select(AuditRecord).where(AuditRecord.kind == "gateway.decision")).all()
    last = json.loads(decisions[-1].canonical)
    assert last["action"] == "block" and last["reason_code"] == "shared_state_unavailable"
    database.dispose()


def test_serve_refuses_workers_that_would_not_share_mappings(tmp_path: Path, prefix: str) -> None:
    with pytest.raises(ConfigError, match="redis_url"):
        check_shared_state(make_settings(tmp_path, conversation_mapping_ttl_s=600), workers=2)
    check_shared_state(make_settings(tmp_path, conversation_mapping_ttl_s=600), workers=1)
    check_shared_state(make_settings(tmp_path), workers=4)  # nothing kept between turns: nothing to share
    ok = make_settings(tmp_path, conversation_mapping_ttl_s=600, redis_url=REDIS_URL, redis_prefix=prefix)
    check_shared_state(ok, workers=2)
    down = make_settings(tmp_path, redis_url=f"redis://127.0.0.1:{free_port()}/0")
    with pytest.raises(ConfigError, match="Redis"):
        check_shared_state(down, workers=1)
