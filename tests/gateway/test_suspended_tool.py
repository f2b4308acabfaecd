"""A tool the establishment stopped says so: 404 as an unknown model for the API, but its own code and
a French message naming the tool's status (never its upstream), and every such request is an audit
event naming the tool. An alias nobody registered stays « modèle inconnu »."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import add_tool, bootstrap, retire_tool, suspend_tool
from egide.store.models.audit import AuditRecord
from tests.gateway.conftest import ModelServer, approved_tool, make_settings
from tests.gateway.servers import serve_in_thread


@pytest.mark.parametrize(
    ("stop", "code", "words"),
    [
        ("suspend", "model_suspended", "est suspendu"),
        ("retire", "model_retired", "est retiré"),
        ("propose", "model_not_approved", "pas encore approuvé"),
        (None, "model_not_found", "modèle inconnu"),
    ],
)
def test_a_stopped_tool_says_so_and_is_audited(
    tmp_path: Path, model_server: ModelServer, stop: str | None, code: str, words: str
) -> None:
    settings = make_settings(tmp_path)
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    assert key is not None
    approved_tool(database, model_server.url, name="Outil ouvert", models={"ouvert": "echo"})
    tool_id: int | None = None
    with database.session(write=True) as session:
        if stop == "propose":
            tool_id = add_tool(
                session, name="Écho (contrat)", base_url=model_server.url, confidentiality="hds",
                models={"echo-contrat": "echo"},
            ).id  # fmt: skip
    if stop in ("suspend", "retire"):
        tool_id = approved_tool(
            database, model_server.url, "hds", name="Écho (contrat)", models={"echo-contrat": "echo"}
        )
        with database.session(write=True) as session:
            (suspend_tool if stop == "suspend" else retire_tool)(session, tool_id)
    model_server.recorder.clear()
    body: dict[str, Any] = {"model": "echo-contrat", "messages": [{"role": "user", "content": "Bonjour"}]}
    with (
        serve_in_thread(create_app(settings, database=database)) as url,
        httpx.Client(trust_env=False, timeout=20) as client,  # loopback only
    ):
        response = client.post(
            f"{url}/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}
        )
        still_open = client.post(
            f"{url}/v1/chat/completions",
            json=body | {"model": "ouvert"},
            headers={"authorization": f"Bearer {key}"},
        )
    assert response.status_code == 404
    error = response.json()["error"]
    assert (error["code"], error["param"], error["type"]) == (code, "model", "not_found_error")
    assert words in error["message"]
    assert model_server.url not in error["message"] and "127.0.0.1" not in error["message"]
    if tool_id is not None:
        assert "« Écho (contrat) »" in error["message"]
    assert still_open.status_code == 200  # the other tool is untouched
    assert len(model_server.recorder.requests) == 1  # the open tool's request only
    with database.session() as session:
        refused = [
            json.loads(r.canonical)
            for r in session.scalars(select(AuditRecord).where(AuditRecord.kind == "gateway.refused"))
        ]
    assert len(refused) == 1
    assert refused[0]["request_id"] == response.headers["x-request-id"]
    assert (refused[0]["reason_code"], refused[0]["status"], refused[0]["tool_id"]) == (code, 404, tool_id)
    assert refused[0]["actor_user_id"] is not None
    database.dispose()
