"""Every answer is marked as AI-generated; a tool's visible mention ends its text, streamed or not."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from egide.gateway import create_app
from egide.governance import add_tool, approve_tool, bootstrap
from egide.store import Database
from tests.gateway.conftest import make_settings

MENTION = "Texte généré par une IA : à relire avant tout usage clinique."


def model(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    if body.get("stream"):
        events = [
            {
                "choices": [
                    {"index": 0, "delta": {"role": "assistant", "content": "Répo"}, "finish_reason": None}
                ]
            },
            {"choices": [{"index": 0, "delta": {"content": "nse."}, "finish_reason": None}]},
            {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
        ]
        payload = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
        return httpx.Response(200, content=payload.encode(), headers={"content-type": "text/event-stream"})
    message = {"role": "assistant", "content": "Réponse."}
    return httpx.Response(
        200,
        json={
            "id": "x",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        },
    )


def test_marking_and_visible_mention(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    database = Database.from_settings(settings)
    database.migrate()
    key = bootstrap(database, settings)
    with database.session(write=True) as session:
        tool = add_tool(
            session,
            name="Rédaction",
            base_url="http://up.test/v1",
            confidentiality="contracted",
            models={"m": "x"},
            visible_mention=MENTION,
        )
        approve_tool(session, tool.id)
    app = create_app(settings, database=database, transport=httpx.MockTransport(model))
    request = {"model": "m", "messages": [{"role": "user", "content": "Rédige une réponse."}]}
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
        "tool_id": tool.id,
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
