"""Mappings outlive their request only when a conversation scope is configured, then encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import bootstrap
from tests.gateway.conftest import approved_tool, make_settings
from tests.gateway.servers import serve_handler

NIR = "2 61 02 75 115 123 45"


async def model(request: Request) -> Response:
    """Echoes the first turn; later, refers to the NIR by the pseudonym it saw then (history trimmed)."""
    body = await request.json()
    last = body["messages"][-1]["content"]
    text = last if "NIR" in last else "Le numéro demandé est <NIR_1>."
    message = {"role": "assistant", "content": text}
    return JSONResponse(
        {
            "id": "x",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        },
    )


def run(tmp_path: Path, ttl: int, model_url: str) -> tuple[str, object]:
    settings = make_settings(tmp_path, conversation_mapping_ttl_s=ttl)
    database = database_of(settings)
    database.migrate()
    key = bootstrap(database)
    approved_tool(database, model_url, "hds", {"m": "x"})
    app = create_app(settings, database=database)
    headers = {"authorization": f"Bearer {key}", "x-egide-conversation-id": "conv-42"}
    with TestClient(app) as client:
        first = client.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": f"Dossier NIR {NIR}."}]},
            headers=headers,
        )
        assert first.json()["choices"][0]["message"]["content"] == f"Dossier NIR {NIR}."
        # The client trimmed its history: the NIR is no longer in the request.
        second = client.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "Et son numéro ?"}]},
            headers=headers,
        )
    return second.json()["choices"][0]["message"]["content"], app.state.gateway.mappings


@pytest.mark.parametrize("ttl", [0, 60])
def test_mapping_kept_only_when_configured(tmp_path: Path, ttl: int) -> None:
    with serve_handler(model) as model_url:
        answer, mappings = run(tmp_path, ttl, model_url)
    if ttl:
        assert answer == f"Le numéro demandé est {NIR}."
        tokens = mappings.raw_tokens()  # type: ignore[attr-defined]
        assert tokens and all(NIR.encode() not in t and b"261027511512345" not in t for t in tokens)
    else:
        assert answer == "Le numéro demandé est <NIR_1>."
        assert mappings.raw_tokens() == []  # type: ignore[attr-defined]
