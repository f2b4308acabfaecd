"""Alembic environment: every model module is imported so that ``Base.metadata`` is complete."""

from __future__ import annotations

import importlib

from alembic import context
from sqlalchemy import Connection

from egide.store.base import Base

MODEL_MODULES = (
    "egide.store.models.governance",
    "egide.store.models.audit",
    "egide.store.models.shadow",
    "egide.store.models.assistant",
    "egide.store.models.review",
    "egide.store.models.console",
    "egide.store.models.compliance",
)

for _name in MODEL_MODULES:
    try:
        importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # an area whose models are not written yet
        if exc.name != _name:
            raise

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("egide migrations run through Database.migrate(), which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copy
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("egide migrations run online only")
run_migrations_online()
