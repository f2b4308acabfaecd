"""The running gateway lowers a tool's class when its HDS certificate expires (at start, then hourly)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import update

from egide.app import database_of
from egide.audit import AuditLog
from egide.gateway.app import create_app
from egide.governance import add_tool, resolve_route
from egide.governance.people import today
from egide.store.models.review import ToolAssessment
from tests.gateway.conftest import SECRET, make_settings
from tests.governance.reviewed import approve_reviewed


def test_an_expired_certificate_lowers_the_class_when_the_gateway_starts(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    database = database_of(settings, migrate=True)
    with database.session(write=True) as session:
        tool = add_tool(
            session, name="HDS", base_url="http://127.0.0.1:9/v1", confidentiality="hds", models={"h": "h"}
        )
        approve_reviewed(session, tool.id)
        # The certificate ran out yesterday, after the review.
        session.execute(update(ToolAssessment).values(hds_expires_on=today() - timedelta(days=1)))
    with database.connect() as conn:
        assert resolve_route(conn, SECRET, "h").confidentiality == "hds"
    with TestClient(create_app(settings, database=database)) as client:
        assert client.get("/healthz").status_code == 200
    with database.connect() as conn:
        assert resolve_route(conn, SECRET, "h").confidentiality == "contracted"
    kinds = [e.kind for e in AuditLog(database, SECRET).events()]
    assert kinds.count("tool.class_applied") == 1
    database.dispose()
