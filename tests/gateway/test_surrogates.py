"""With ``gateway.operator = "surrogate"`` the model sees realistic fake values, and the client its own."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import bootstrap
from tests.gateway.conftest import ModelServer, approved_tool, make_settings
from tests.gateway.test_nothing_kept import IDENTIFIERS, NOTE


def test_surrogates_leave_and_originals_come_back(tmp_path: Path, model_server: ModelServer) -> None:
    settings = make_settings(tmp_path, operator="surrogate")
    database = database_of(settings)
    database.migrate()
    key = bootstrap(database)
    approved_tool(database, model_server.url)
    auth = {"authorization": f"Bearer {key}"}
    model_server.recorder.clear()
    with TestClient(create_app(settings, database=database)) as client:
        plain = client.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": NOTE}]},
            headers=auth,
        )
        streamed = client.post(
            "/v1/chat/completions",
            json={"model": "m", "stream": True, "messages": [{"role": "user", "content": NOTE}]},
            headers=auth,
        )
    assert plain.json()["choices"][0]["message"]["content"] == NOTE
    events = [json.loads(line[6:]) for line in streamed.text.splitlines() if line.startswith("data: {")]
    assert "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e.get("choices")) == NOTE
    sent = [r.json()["messages"][-1]["content"] for r in model_server.recorder.requests]
    assert len(sent) == 2 and sent[0] == sent[1]  # same conversation, same surrogates
    for value in IDENTIFIERS:
        assert value not in sent[0]
    assert "<" not in sent[0]  # realistic values, not placeholders
