"""Shared fixtures.

- ``database``: a migrated :class:`egide.store.Database`, once on SQLite (a temporary file) and once
  on PostgreSQL (a throwaway ``egide_test_<random>`` database on 127.0.0.1:5432, dropped afterwards;
  those runs carry the ``postgres`` mark: ``pytest -m "not postgres"`` skips them).
- ``sqlite_database``: the same on SQLite only, for tests that do not depend on the database engine.
- ``secret_key``: the server secret the databases above were opened with.
- ``settings``: test settings pointing at a temporary data directory (and the ``database`` URL when
  both fixtures are used).
- ``admin_key``: bootstraps ``database`` (aperçu tool, charter, administrator) and returns the key.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from egide.store import Database

if TYPE_CHECKING:
    from egide.settings import Settings

TEST_SECRET = "test-secret-for-the-audit-chain-and-credentials-0123456789"
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def _sqlite_url(directory: Path) -> str:
    return f"sqlite:///{(directory / 'egide-test.db').as_posix()}"


@pytest.fixture(autouse=True)
def _no_default_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's own égide data directory (``~/.local/share/egide``)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)


@pytest.fixture
def secret_key() -> str:
    return TEST_SECRET


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped at the end of the test."""
    import psycopg

    name = f"egide_test_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return _sqlite_url(tmp_path)
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url, secret_key=TEST_SECRET)
    db.migrate()
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    db = Database(_sqlite_url(tmp_path), secret_key=TEST_SECRET)
    db.migrate()
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    from egide.settings import load_settings

    url = request.getfixturevalue("database_url") if "database_url" in request.fixturenames else None
    return load_settings(
        environment="test", data_dir=tmp_path / "var", secret_key=TEST_SECRET, database_url=url
    )


@pytest.fixture
def admin_key(database: Database) -> str:
    from egide.governance import bootstrap

    key = bootstrap(database)
    assert key is not None
    return key
