"""Every refusal the gateway answers is an audit event, whatever step refused it.

A red-team run with Redis down found 56,722 refusals and 2 audit events: the rate-limit step raised
before anything was written. Each case below sends requests refused at one step and counts the
events of the audit trail, one per refused request, with the reason and the status answered.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import bootstrap
from egide.settings import Settings
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.gateway.conftest import ModelServer, approved_tool, make_settings
from tests.gateway.servers import free_port

NIR = "2 61 02 75 115 123 45"


def _events(database: Database, kind: str) -> list[dict[str, Any]]:
    with database.session() as session:
        records = session.scalars(
            select(AuditRecord).where(AuditRecord.kind == kind).order_by(AuditRecord.seq)
        ).all()
        return [json.loads(r.canonical) for r in records]


def _setup(
    settings: Settings, model: ModelServer, confidentiality: str = "contracted"
) -> tuple[Database, str]:
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    assert key is not None
    approved_tool(database, model.url, confidentiality)
    return database, key


def _chat(client: TestClient, key: str | None, content: str = "Bonjour", model: str = "m") -> int:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    body = {"model": model, "messages": [{"role": "user", "content": content}]}
    return client.post("/v1/chat/completions", json=body, headers=headers).status_code


def test_redis_down_every_refusal_is_audited(tmp_path: Path, model_server: ModelServer) -> None:
    # A closed loopback port: every rate-limit step fails as with a Redis that went away.
    settings = make_settings(
        tmp_path, redis_url=f"redis://127.0.0.1:{free_port()}/0", rate_limit_per_minute=100
    )
    database, key = _setup(settings, model_server)
    model_server.recorder.clear()
    with TestClient(create_app(settings, database=database)) as client:
        statuses = [_chat(client, key) for _ in range(6)]
    assert statuses == [503] * 6
    assert model_server.recorder.requests == []
    refused = _events(database, "gateway.refused")
    assert len(refused) == 6
    assert {(e["reason_code"], e["status"]) for e in refused} == {("shared_state_unavailable", 503)}
    assert all(e["actor_user_id"] is not None for e in refused)  # the key was known: so is its user
    assert len({e["request_id"] for e in refused}) == 6
    database.dispose()


def test_rate_limited_requests_are_audited(tmp_path: Path, model_server: ModelServer) -> None:
    settings = make_settings(tmp_path, rate_limit_per_minute=2)
    database, key = _setup(settings, model_server)
    with TestClient(create_app(settings, database=database)) as client:
        statuses = [_chat(client, key) for _ in range(5)]
    assert statuses == [200, 200, 429, 429, 429]
    refused = _events(database, "gateway.refused")
    assert [(e["reason_code"], e["status"]) for e in refused] == [("rate_limited", 429)] * 3
    assert len(_events(database, "gateway.decision")) == 2  # the admitted requests only
    database.dispose()


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        ({"key": None}, ("invalid_api_key", 401)),  # no key at all
        ({"key": "eg-not-a-real-key"}, ("invalid_api_key", 401)),
        ({"model": "inconnu"}, ("model_not_found", 404)),
        ({"raw": b"{not json"}, ("invalid_request", 400)),
        ({"body": {"messages": []}}, ("invalid_request", 400)),  # no model
    ],
    ids=["no-key", "unknown-key", "unknown-model", "unreadable-body", "no-model"],
)
def test_refused_before_the_policy_is_audited(
    tmp_path: Path, model_server: ModelServer, send: dict[str, Any], expected: tuple[str, int]
) -> None:
    settings = make_settings(tmp_path)
    database, key = _setup(settings, model_server)
    used_key = send.get("key", key)
    headers = {"authorization": f"Bearer {used_key}"} if used_key else {}
    body = send.get(
        "body", {"model": send.get("model", "m"), "messages": [{"role": "user", "content": "Bonjour"}]}
    )
    with TestClient(create_app(settings, database=database)) as client:
        if "raw" in send:
            response = client.post("/v1/chat/completions", content=send["raw"], headers=headers)
        else:
            response = client.post("/v1/chat/completions", json=body, headers=headers)
    assert response.status_code == expected[1]
    refused = _events(database, "gateway.refused")
    assert [(e["reason_code"], e["status"]) for e in refused] == [expected]
    assert refused[0]["request_id"] == response.headers["x-request-id"]
    database.dispose()


def test_a_policy_block_is_one_decision_event_not_two(tmp_path: Path, model_server: ModelServer) -> None:
    settings = make_settings(tmp_path)
    database, key = _setup(settings, model_server, confidentiality="public")
    with TestClient(create_app(settings, database=database)) as client:
        assert _chat(client, key, f"Le NIR du patient est {NIR}.") == 403
    decisions = _events(database, "gateway.decision")
    assert [(d["action"], d["reason_code"]) for d in decisions] == [("block", "identifying_data")]
    assert _events(database, "gateway.refused") == []
    database.dispose()
