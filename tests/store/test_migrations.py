"""The migrations and the models describe the same schema (no drift), on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import egide.store.models.assistant
import egide.store.models.audit
import egide.store.models.compliance
import egide.store.models.console
import egide.store.models.governance
import egide.store.models.review
from egide.store import Base, Database

OUR_TABLES = {
    table.name
    for module in (
        egide.store.models.governance,
        egide.store.models.audit,
        egide.store.models.assistant,
        egide.store.models.review,
        egide.store.models.console,
        egide.store.models.compliance,
    )
    for table in Base.metadata.sorted_tables
    if table.name in {m.__tablename__ for m in vars(module).values() if hasattr(m, "__tablename__")}
}


def _table_of(diff: Any) -> str | None:
    """The table a difference reported by Alembic is about (diffs are tuples or lists of tuples)."""
    if isinstance(diff, list):
        return _table_of(diff[0])
    for item in diff[1:]:
        name = getattr(item, "name", None)
        table = getattr(item, "table", None)
        if table is not None and getattr(table, "name", None):
            return str(table.name)
        if isinstance(item, str) and item in OUR_TABLES:
            return item
        if name in OUR_TABLES:
            return str(name)
    return None


def test_migrations_match_the_models(database: Database) -> None:
    assert {
        "tools",
        "users",
        "api_keys",
        "audit_records",
        "audit_head",
        "tool_assessments",
        "console_sessions",
        "compliance_statuses",
    } <= OUR_TABLES
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    ours = [diff for diff in diffs if _table_of(diff) in OUR_TABLES]
    assert ours == []
