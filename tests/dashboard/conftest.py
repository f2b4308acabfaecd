"""The hand-written trail of ``trail_sample``, in the ``database`` of the test (SQLite and PostgreSQL);
the recording model server of the gateway's tests (``model_server``)."""

from __future__ import annotations

import pytest

from egide.store import Database
from tests.gateway.conftest import model_server  # noqa: F401 (a fixture, shared)

from .trail_sample import People, seed_registry, seed_trail


@pytest.fixture
def people(database: Database, secret_key: str) -> People:
    p = seed_registry(database)
    seed_trail(database, secret_key, p)
    return p
