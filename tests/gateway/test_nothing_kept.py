"""After a run with known synthetic identifiers, the database, the audit trail and the logs hold none.

Requests go through the whole gateway (pseudonymised, streamed, blocked, aperçu), then the test
reads the SQLite file and its write-ahead log byte by byte, the exported audit trail and every
log record as the JSON formatter renders it, and looks for each identifier.
"""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from egide.audit import AuditLog, export_events
from egide.gateway import create_app
from egide.gateway.logs import JsonFormatter
from egide.governance import add_tool, approve_tool, bootstrap
from egide.store import Database
from tests.gateway.conftest import SECRET, make_settings

IDENTIFIERS = [
    "Jeanne DUPONT",
    "2 61 02 75 115 123 45",
    "261027511512345",
    "06 12 34 56 78",
    "jeanne.dupont@example.fr",
    "03/02/1961",
]
NOTE = (
    "Mme Jeanne DUPONT, née le 03/02/1961, NIR 2 61 02 75 115 123 45, tél. 06 12 34 56 78, "
    "jeanne.dupont@example.fr : compte rendu de consultation de pneumologie."
)


def echo(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    text = body["messages"][-1]["content"]
    if body.get("stream"):
        events = [
            {
                "id": "x",
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": {"content": text[i : i + 4]}, "finish_reason": None}],
            }
            for i in range(0, len(text), 4)
        ]
        events.append(
            {
                "id": "x",
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
        )
        payload = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
        return httpx.Response(200, content=payload.encode(), headers={"content-type": "text/event-stream"})
    message = {"role": "assistant", "content": text}
    return httpx.Response(
        200,
        json={
            "id": "x",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        },
    )


def test_database_audit_trail_and_logs_hold_no_identifier(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = make_settings(tmp_path)
    database = Database.from_settings(settings)
    database.migrate()
    key = bootstrap(database, settings)
    assert key is not None
    with database.session(write=True) as session:
        for name, klass, alias in [("contrat", "contracted", "m"), ("public", "public", "p")]:
            approve_tool(
                session,
                add_tool(
                    session,
                    name=name,
                    base_url="http://up.test/v1",
                    confidentiality=klass,
                    models={alias: "echo"},
                ).id,
            )
    app = create_app(settings, database=database, transport=httpx.MockTransport(echo))
    auth = {"authorization": f"Bearer {key}"}
    with TestClient(app) as client:
        answers = [
            client.post(
                "/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": NOTE}]},
                headers=auth,
            ),
            client.post(
                "/v1/chat/completions",
                json={"model": "m", "stream": True, "messages": [{"role": "user", "content": NOTE}]},
                headers=auth,
            ),
            client.post(
                "/v1/chat/completions",
                json={"model": "p", "messages": [{"role": "user", "content": NOTE}]},
                headers=auth,
            ),
            client.post(
                "/v1/chat/completions",
                json={"model": "apercu", "messages": [{"role": "user", "content": NOTE}]},
                headers=auth,
            ),
            client.post(
                "/v1/chat/completions",
                json={"model": NOTE, "messages": [{"role": "user", "content": NOTE}]},
                headers=auth,
            ),
        ]
    assert [a.status_code for a in answers] == [200, 200, 403, 200, 404]
    assert "2 61 02 75 115 123 45" in answers[0].text  # the client did get its values back

    audit = AuditLog(database, SECRET)
    assert audit.verify().ok
    exported = io.StringIO()
    assert export_events(audit.events(), exported, "json") >= 10
    database.dispose()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("egide.db"))
    formatter = JsonFormatter()
    logs = "\n".join(formatter.format(r) + " " + r.getMessage() for r in caplog.records)
    assert '"request_id"' in logs and '"counts"' in logs  # the request log lines are there

    for value in IDENTIFIERS:
        assert value.encode("utf-8") not in stored, f"database holds {value!r}"
        assert value not in exported.getvalue(), f"audit trail holds {value!r}"
        assert value not in logs, f"logs hold {value!r}"
