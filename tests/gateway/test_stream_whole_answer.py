"""A stream was asked, and the model answered whole (plain JSON) or with no event at all.

The first is told to the client as a proper stream, restored and marked like any answer; the second
is a failure: an error event, and the audit trail says so (not « ok »).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import bootstrap
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.gateway.conftest import ModelServer, approved_tool, make_settings

NAME = "Jeanne DUPONT"
NOTE = f"Mme {NAME}, suivie pour une HTA, tél. 06 12 34 56 78 : résume son dossier."


def _events(body: str) -> tuple[list[dict[str, Any]], bool]:
    events, done = [], False
    for line in body.splitlines():
        if line == "data: [DONE]":
            done = True
        elif line.startswith("data: "):
            events.append(json.loads(line[6:]))
    return events, done


def _ask(tmp_path: Path, model: ModelServer, upstream_model: str) -> tuple[Any, Database]:
    settings = make_settings(tmp_path)
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    approved_tool(database, model.url, models={"m": upstream_model}, visible_mention="Texte généré par IA")
    model.recorder.clear()
    with TestClient(create_app(settings, database=database)) as client:
        response = client.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": NOTE}], "stream": True},
            headers={"authorization": f"Bearer {key}"},
        )
    return response, database


def _results(database: Database) -> list[dict[str, Any]]:
    with database.session() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.kind == "gateway.upstream")).all()
        return [json.loads(r.canonical) for r in records]


def test_plain_json_answer_becomes_a_restored_stream(tmp_path: Path, model_server: ModelServer) -> None:
    response, database = _ask(tmp_path, model_server, "plain")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events, done = _events(response.text)
    assert done
    text = "".join(
        choice["delta"].get("content") or "" for event in events for choice in event.get("choices", [])
    )
    assert text == NOTE + "\n\n— Texte généré par IA"  # restored, with the tool's mention
    assert NAME not in model_server.recorder.everything()  # what left was pseudonymised
    assert events[0]["egide"]["action"] == "pseudonymise" and events[0]["model"] == "m"
    finishes = [c["finish_reason"] for e in events for c in e.get("choices", []) if c["finish_reason"]]
    assert finishes == ["stop"]
    assert [(r["outcome"], r["status"], r["stream"]) for r in _results(database)] == [("ok", 200, True)]
    database.dispose()


def test_a_stream_with_no_event_is_an_audited_failure(tmp_path: Path, model_server: ModelServer) -> None:
    response, database = _ask(tmp_path, model_server, "empty")
    assert response.status_code == 200  # headers were sent before the stream turned out empty
    events, done = _events(response.text)
    assert done and len(events) == 1
    assert events[0]["error"]["code"] == "upstream_failed"
    assert [(r["outcome"], r["status"]) for r in _results(database)] == [("error", 502)]
    database.dispose()


def test_plain_json_that_is_no_completion_is_a_502(tmp_path: Path, model_server: ModelServer) -> None:
    response, database = _ask(tmp_path, model_server, "list")  # a JSON list, not an object
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "upstream_failed"
    assert [(r["outcome"], r["status"]) for r in _results(database)] == [("error", 502)]
    database.dispose()
