"""After a run with known synthetic identifiers, the database, the audit trail and the logs hold none.

Requests go through the whole gateway (pseudonymised, streamed, blocked, aperçu), then the test
reads the SQLite file and its write-ahead log byte by byte, the exported audit trail and every
log record as the JSON formatter renders it, and looks for each identifier.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from egide.app import database_of
from egide.audit import AuditLog, export_events
from egide.gateway.app import create_app
from egide.gateway.logs import JsonFormatter
from egide.governance import bootstrap
from tests.gateway.conftest import SECRET, ModelServer, make_settings
from tests.governance.reviewed import add_approved

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


def test_database_audit_trail_and_logs_hold_no_identifier(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, model_server: ModelServer
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = make_settings(tmp_path)
    database = database_of(settings)
    database.migrate()
    key = bootstrap(database)
    assert key is not None
    with database.session(write=True) as session:
        add_approved(session, model_server.url, [("contrat", "contracted", "m"), ("public", "public", "p")])
    app = create_app(settings, database=database)
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
