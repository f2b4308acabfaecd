"""The gateway on SQLite and on PostgreSQL: concurrent requests keep one valid audit chain."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi.testclient import TestClient

from egide.audit import AuditLog
from egide.gateway.app import create_app
from egide.governance import bootstrap
from egide.settings import Settings
from egide.store import Database
from tests.gateway.conftest import ModelServer, approved_tool


def test_concurrent_requests_keep_one_valid_chain(
    database: Database, secret_key: str, tmp_path: Path, model_server: ModelServer
) -> None:
    settings = Settings(
        environment="test",
        data_dir=tmp_path,
        database_url=database.url.render_as_string(hide_password=False),
        secret_key=secret_key,
        gateway={"rate_limit_per_minute": 0},
    )
    key = bootstrap(database)
    approved_tool(database, model_server.url)
    app = create_app(settings, database=database)
    note = "Patiente NIR 2 61 02 75 115 123 45, tél. 06 12 34 56 78."
    with TestClient(app) as client:

        def one(_: int) -> int:
            response = client.post(
                "/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": note}]},
                headers={"authorization": f"Bearer {key}"},
            )
            return response.status_code

        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(one, range(24)))
    assert statuses == [200] * 24
    audit = AuditLog(database, secret_key)
    assert audit.verify().ok
    kinds = [e.kind for e in audit.events()]
    assert kinds.count("gateway.request") == 24
    assert kinds.count("gateway.decision") == 24
    assert kinds.count("gateway.upstream") == 24
