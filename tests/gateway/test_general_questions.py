"""Through the gateway: a general question with a year reaches a ``public`` tool as written; the
decision event says why it was allowed; a contracted tool still gets the year masked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import bootstrap
from egide.store.models.audit import AuditRecord
from tests.gateway.conftest import ModelServer, approved_tool, make_settings

QUESTION = "Liste les vaccins recommandés chez un adulte de 70 ans en France en 2026"


@pytest.mark.parametrize(
    ("confidentiality", "action", "reason", "year_leaves"),
    [("public", "allow", "weak_quasi_identifiers", True), ("contracted", "pseudonymise", None, False)],
)
def test_general_question(
    tmp_path: Path,
    model_server: ModelServer,
    confidentiality: str,
    action: str,
    reason: str | None,
    year_leaves: bool,
) -> None:
    settings = make_settings(tmp_path)
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    approved_tool(database, model_server.url, confidentiality)
    model_server.recorder.clear()
    with TestClient(create_app(settings, database=database)) as client:
        response = client.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": QUESTION}]},
            headers={"authorization": f"Bearer {key}"},
        )
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == QUESTION  # restored when masked
    assert ("2026" in model_server.recorder.last().body) is year_leaves
    with database.session() as session:
        record = session.scalars(select(AuditRecord).where(AuditRecord.kind == "gateway.decision")).one()
    event = json.loads(record.canonical)
    assert (event["action"], event["reason_code"], event["counts"]) == (action, reason, {"DATE": 1})
    database.dispose()
