"""What the gateway remembers between requests never outlives a change that must take effect: a
revoked key, a new charter, a suspended tool and a changed credential, all on the next request."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import (
    accept_charter,
    add_tool,
    authenticate,
    bootstrap,
    publish_charter,
    revoke_key,
    suspend_tool,
)
from egide.governance.crypto import encrypt_credential
from egide.settings import Settings
from egide.store import Database
from egide.store.models.governance import Tool
from tests.gateway.conftest import ModelServer
from tests.governance.reviewed import approve_reviewed

SECRET = "cache-test-secret-" + "c" * 30


def _stack(tmp_path: Path, auth_cache_s: float, model: ModelServer) -> tuple[Settings, Database, str, int]:
    settings = Settings(
        environment="test",
        data_dir=tmp_path,
        secret_key=SECRET,
        gateway={"rate_limit_per_minute": 0, "auth_cache_s": auth_cache_s},
    )
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    assert key is not None
    with database.session(write=True) as session:
        tool = add_tool(
            session,
            name="t",
            base_url=model.url,
            confidentiality="contracted",
            models={"m": "echo"},
            api_key="sk-first",
        )
        approve_reviewed(session, tool.id)
    model.recorder.clear()
    return settings, database, key, tool.id


def _app(settings: Settings, database: Database) -> TestClient:
    return TestClient(create_app(settings, database=database))


def _ask(client: TestClient, key: str) -> int:
    return client.post(
        "/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": "Bonjour"}]},
        headers={"authorization": f"Bearer {key}"},
    ).status_code


@pytest.mark.parametrize("auth_cache_s", [0.0, 60.0])
def test_a_revoked_key_is_refused_on_the_next_request(
    tmp_path: Path, auth_cache_s: float, model_server: ModelServer
) -> None:
    settings, database, key, _ = _stack(tmp_path, auth_cache_s, model_server)
    with _app(settings, database) as client, _app(settings, database) as other_worker:
        assert _ask(client, key) == 200 and _ask(other_worker, key) == 200  # both have it cached
        with database.session(write=True) as session:  # as `egide keys revoke` does, from another process
            revoke_key(session, authenticate(session, key).key_id)
        assert _ask(client, key) == 401
        assert _ask(other_worker, key) == 401
        assert _ask(client, key) == 401  # and stays so
    database.dispose()


@pytest.mark.parametrize("auth_cache_s", [0.0, 60.0])
def test_a_new_charter_must_be_accepted_before_the_next_request(
    tmp_path: Path, auth_cache_s: float, model_server: ModelServer
) -> None:
    settings, database, key, _ = _stack(tmp_path, auth_cache_s, model_server)
    with _app(settings, database) as client:
        assert _ask(client, key) == 200
        with database.session(write=True) as session:
            user_id = authenticate(session, key).user_id
            publish_charter(session, version="2", title="Charte 2", body="Nouvelle charte.")
        response = client.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "Bonjour"}]},
            headers={"authorization": f"Bearer {key}"},
        )
        assert response.status_code == 403 and response.json()["error"]["code"] == "charter_not_accepted"
        with database.session(write=True) as session:
            accept_charter(session, user_id)
        assert _ask(client, key) == 200
    database.dispose()


def test_suspension_and_a_new_credential_take_effect_on_the_next_request(
    tmp_path: Path, model_server: ModelServer
) -> None:
    settings, database, key, tool_id = _stack(tmp_path, 5.0, model_server)

    def seen() -> list[str | None]:
        with model_server.recorder.lock:
            return [r.headers.get("authorization") for r in model_server.recorder.requests]

    with _app(settings, database) as client:
        assert _ask(client, key) == 200
        with database.session(write=True) as session:
            tool = session.get(Tool, tool_id)
            assert tool is not None
            tool.api_key_encrypted = encrypt_credential(SECRET, "sk-second")
        assert _ask(client, key) == 200
        assert seen() == ["Bearer sk-first", "Bearer sk-second"]
        with database.session(write=True) as session:
            suspend_tool(session, tool_id)
        assert _ask(client, key) == 404
        assert len(seen()) == 2  # nothing reached the model
    database.dispose()
