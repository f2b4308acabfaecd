"""A running égide on loopback, in front of a real recording model server, with a known API key."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from openai import OpenAI

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import add_tool
from egide.settings import Settings
from egide.store import Database
from tests.gateway.servers import free_port, serve_in_thread
from tests.gateway.upstream import Recorder, create_upstream
from tests.governance.reviewed import approve_reviewed

SECRET = "test-secret-" + "x" * 40


@dataclass
class Stack:
    """égide and its upstream, as a client sees them."""

    settings: Settings
    database: Database
    base_url: str  # égide's /v1
    upstream_url: str  # the model server's /v1
    recorder: Recorder
    admin_key: str
    tool_ids: dict[str, int]

    def client(self, api_key: str | None = None) -> OpenAI:
        return OpenAI(
            base_url=self.base_url,
            api_key=api_key or self.admin_key,
            max_retries=0,
            timeout=20,
            http_client=httpx.Client(trust_env=False, timeout=20),  # loopback only, never a proxy
        )


@dataclass
class ModelServer:
    """The recording model server of ``tests.gateway.upstream``, on loopback."""

    url: str  # its /v1
    recorder: Recorder


@pytest.fixture(scope="module")
def model_server() -> Iterator[ModelServer]:
    recorder = Recorder()
    with serve_in_thread(create_upstream(recorder)) as url:
        yield ModelServer(url + "/v1", recorder)


def make_settings(data_dir: Path, **gateway: object) -> Settings:
    return Settings(
        environment="test",
        data_dir=data_dir,
        secret_key=SECRET,
        gateway={
            "upstream_timeout_s": 1.0,
            "upstream_connect_timeout_s": 1.0,
            "rate_limit_per_minute": 0,
            **gateway,
        },
    )


def approved_tool(
    database: Database,
    base_url: str,
    confidentiality: str = "contracted",
    models: dict[str, str] | None = None,
    name: str = "t",
    **options: Any,
) -> int:
    """Register one tool and approve it (what most gateway tests need first); returns its id."""
    with database.session(write=True) as session:
        view = add_tool(
            session,
            name=name,
            base_url=base_url,
            confidentiality=confidentiality,
            models=models or {"m": "echo"},
            **options,
        )
        return approve_reviewed(session, view.id).id


def register_tools(database: Database, upstream_url: str) -> dict[str, int]:
    """A contracted tool with several behaviours, a public one, one whose server is down."""
    from egide.governance import ToolStatus

    down = f"http://127.0.0.1:{free_port()}/v1"
    ids: dict[str, int] = {}
    with database.session(write=True) as session:
        for name, url, klass, models in [
            ("Modèle sous contrat", upstream_url, "contracted",
             {"gpt-echo": "echo", "gpt-tool": "tool", "gpt-slow": "slow", "gpt-fail": "fail", "embed": "echo",
              "gpt-drip": "drip"}),
            ("Service grand public", upstream_url, "public", {"public-echo": "echo"}),
            ("Modèle en panne", down, "contracted", {"down": "echo"}),
            ("Outil à suspendre", upstream_url, "hds", {"kill-me": "echo"}),
        ]:  # fmt: skip
            view = add_tool(
                session,
                name=name,
                base_url=url,
                confidentiality=klass,
                models=models,
                api_key="sk-upstream-secret",
            )
            ids[name] = approve_reviewed(session, view.id).id
            assert view.status is ToolStatus.PROPOSED
    return ids


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    from egide.governance import bootstrap

    data_dir = tmp_path_factory.mktemp("egide")
    settings = make_settings(data_dir)
    database = database_of(settings)
    database.migrate()
    admin_key = bootstrap(database)
    assert admin_key is not None
    recorder = Recorder()
    with serve_in_thread(create_upstream(recorder)) as upstream:
        ids = register_tools(database, upstream + "/v1")
        with serve_in_thread(create_app(settings, database=database)) as gateway:
            yield Stack(settings, database, gateway + "/v1", upstream + "/v1", recorder, admin_key, ids)
    database.dispose()
