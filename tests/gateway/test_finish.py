"""The way back from the model: one place finishes a request, whatever the route and the backend.

Each forwarded request ends with one ``gateway.upstream`` event and, for a model, one observation
of the upstream latency — the embeddings route included; the built-in aperçu is one more backend
(audited as ``builtin``, never restored, not timed as a model); a blocked request is one decision
event, detection failures included.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from egide.app import database_of
from egide.confidentiality import Confidentiality
from egide.detect import DetectConfig, Detector
from egide.errors import InputError, UpstreamError
from egide.gateway.apercu import Apercu
from egide.gateway.app import create_app
from egide.gateway.backends import Backends
from egide.gateway.config import GatewayConfig
from egide.gateway.upstream import UpstreamClient
from egide.governance import Route, add_tool, bootstrap
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.gateway.conftest import ModelServer, approved_tool, make_settings

NAME = "Jeanne DUPONT"
NOTE = f"Mme {NAME}, tél. 06 12 34 56 78 : résume son dossier."
_COUNT = re.compile(r"^egide_upstream_seconds_count (\S+)$", re.M)


def _events(database: Database, kind: str) -> list[dict[str, Any]]:
    with database.session() as session:
        records = session.scalars(
            select(AuditRecord).where(AuditRecord.kind == kind).order_by(AuditRecord.seq)
        ).all()
        return [json.loads(r.canonical) for r in records]


def _timed(client: TestClient) -> float:
    match = _COUNT.search(client.get("/metrics").text)
    return float(match.group(1)) if match else 0.0


@pytest.fixture
def app(tmp_path: Path, model_server: ModelServer) -> tuple[TestClient, Database, dict[str, str]]:
    settings = make_settings(tmp_path)
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    assert key is not None
    approved_tool(database, model_server.url, models={"m": "echo", "plain": "plain"})
    return TestClient(create_app(settings, database=database)), database, {"authorization": f"Bearer {key}"}


def test_every_route_and_backend_finishes_once(app: tuple[TestClient, Database, dict[str, str]]) -> None:
    client, database, auth = app
    chat = {"messages": [{"role": "user", "content": NOTE}]}
    with client:
        assert _timed(client) == 0
        assert (
            client.post("/v1/chat/completions", json={"model": "m", **chat}, headers=auth).status_code == 200
        )
        streamed = client.post(
            "/v1/chat/completions", json={"model": "m", "stream": True, **chat}, headers=auth
        )
        assert streamed.status_code == 200
        whole = client.post(
            "/v1/chat/completions", json={"model": "plain", "stream": True, **chat}, headers=auth
        )
        assert whole.status_code == 200
        embedded = client.post("/v1/embeddings", json={"model": "m", "input": NOTE}, headers=auth)
        assert embedded.status_code == 200
        assert _timed(client) == 4  # the embeddings route is timed too
        apercu = client.post("/v1/chat/completions", json={"model": "apercu", **chat}, headers=auth)
        apercu_stream = client.post(
            "/v1/chat/completions", json={"model": "apercu", "stream": True, **chat}, headers=auth
        )
        refused = client.post("/v1/embeddings", json={"model": "apercu", "input": NOTE}, headers=auth)
        assert _timed(client) == 4  # aperçu is no model: audited, not timed
    assert apercu.status_code == 200 and apercu_stream.status_code == 200
    # aperçu shows the pseudonyms on purpose, whole or told as a stream.
    shown = apercu.json()["choices"][0]["message"]["content"]
    assert NAME not in shown and "<NOM_1>" in shown and apercu.json()["egide"]["apercu"] is True
    assert (
        NAME not in apercu_stream.text
        and "<NOM_1>" in apercu_stream.text
        and '"apercu":true' in apercu_stream.text
    )
    assert refused.status_code == 400 and "embeddings" in refused.json()["error"]["message"]
    results = [(e["outcome"], e["status"], e["stream"]) for e in _events(database, "gateway.upstream")]
    assert results == [
        ("ok", 200, False),
        ("ok", 200, True),
        ("ok", 200, True),
        ("ok", 200, False),
        ("builtin", 200, False),
        ("builtin", 200, True),
        ("error", 400, False),  # aperçu refused embeddings: one result event, no second refusal
    ]
    assert _events(database, "gateway.refused") == []
    assert len(_events(database, "gateway.decision")) == 7
    database.dispose()


def test_detection_failure_is_one_block_decision(tmp_path: Path, model_server: ModelServer) -> None:
    settings = make_settings(tmp_path, max_body_bytes=5_000_000)
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    approved_tool(database, model_server.url)
    note = "Patient revu en consultation, NIR 2 61 02 75 115 123 45. " * 20_000
    app = create_app(settings, database=database, detector=Detector(DetectConfig(timeout_ms=1)))
    with TestClient(app) as client:
        response = client.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": note}]},
            headers={"authorization": f"Bearer {key}"},
        )
    assert response.status_code == 500 and response.json()["error"]["code"] == "detection_timeout"
    decisions = _events(database, "gateway.decision")
    assert [(d["action"], d["reason_code"]) for d in decisions] == [("block", "detection_timeout")]
    assert _events(database, "gateway.refused") == [] and _events(database, "gateway.upstream") == []
    database.dispose()


def _route(base_url: str) -> Route:
    return Route(
        alias="x",
        tool_id=1,
        tool_name="x",
        confidentiality=Confidentiality.ON_PREMISE,
        base_url=base_url,
        api_key=None,
        upstream_model="x",
        visible_mention=None,
    )


def test_backends_by_base_url() -> None:
    http = UpstreamClient(GatewayConfig())
    backends = Backends(http)
    assert backends.for_route(_route("http://127.0.0.1:9/v1")) is http
    assert isinstance(backends.for_route(_route("builtin:apercu")), Apercu)
    with pytest.raises(UpstreamError):  # a builtin: URL an older version let in
        backends.for_route(_route("builtin:autre"))
    with pytest.raises(InputError):
        asyncio.run(Apercu().post_json("builtin:apercu", "/embeddings", None, {"input": "x"}, model="apercu"))


def test_the_registry_accepts_only_known_builtin_tools(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    database = database_of(settings, migrate=True)
    with database.session(write=True) as session, pytest.raises(InputError) as caught:
        add_tool(session, name="x", base_url="builtin:autre", confidentiality="public", models={"a": "b"})
    assert "builtin:apercu" in caught.value.message
    database.dispose()
