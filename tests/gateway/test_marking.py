"""Every answer is marked as AI-generated; a tool's visible mention ends its text, streamed or not."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import bootstrap
from tests.gateway.conftest import ModelServer, approved_tool, make_settings

MENTION = "Texte généré par une IA : à relire avant tout usage clinique."


def test_marking_and_visible_mention(tmp_path: Path, model_server: ModelServer) -> None:
    settings = make_settings(tmp_path)
    database = database_of(settings)
    database.migrate()
    key = bootstrap(database)
    tool_id = approved_tool(database, model_server.url, name="Rédaction", visible_mention=MENTION)
    app = create_app(settings, database=database)
    # The model echoes « Réponse. », in three-character chunks when streamed.
    request = {"model": "m", "messages": [{"role": "user", "content": "Réponse."}]}
    auth = {"authorization": f"Bearer {key}"}
    with TestClient(app) as client:
        plain = client.post("/v1/chat/completions", json=request, headers=auth)
        streamed = client.post("/v1/chat/completions", json={**request, "stream": True}, headers=auth)
    assert (
        plain.headers["x-egide-ai-generated"] == "true" and streamed.headers["x-egide-ai-generated"] == "true"
    )
    body = plain.json()
    assert body["choices"][0]["message"]["content"] == f"Réponse.\n\n— {MENTION}"
    assert body["egide"] == {
        "ai_generated": True,
        "request_id": plain.headers["x-request-id"],
        "tool": "Rédaction",
        "tool_id": tool_id,
        "confidentiality": "contracted",
        "model": "m",
        "action": "allow",
        "counts": {},
    }
    events = [json.loads(line[6:]) for line in streamed.text.splitlines() if line.startswith("data: {")]
    assert events[0]["egide"]["request_id"] == streamed.headers["x-request-id"]
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e.get("choices"))
    assert text == f"Réponse.\n\n— {MENTION}"
    assert streamed.text.rstrip().endswith("data: [DONE]")
