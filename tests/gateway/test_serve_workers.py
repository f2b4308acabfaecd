"""``egide serve --workers 2`` with Redis: real worker processes share mappings and one rate-limit window.

Every request opens a new connection, so uvicorn hands them to either worker; the second turn of
each conversation must still be restored, and the key's budget must hold across both processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest
import redis

from egide.app import database_of
from egide.governance import bootstrap
from egide.settings import Settings
from tests.gateway.conftest import approved_tool
from tests.gateway.servers import free_port, serve_in_thread
from tests.gateway.test_serve import stop, wait_ready
from tests.gateway.test_shared_state import NAME, NIR, REDIS_URL, model

pytestmark = pytest.mark.slow
SECRET = "workers-test-" + "w" * 40
BUDGET = 25  # requests per minute for the key, shared by the two workers


def test_two_worker_processes_share_mappings_and_budget(tmp_path: Path) -> None:
    prefix = f"egide-test-{uuid.uuid4().hex[:12]}"
    settings = Settings(environment="test", data_dir=tmp_path, secret_key=SECRET)
    database = database_of(settings, migrate=True)
    key = bootstrap(database)
    assert key is not None
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "EGIDE_DATA_DIR": str(tmp_path),
        "EGIDE_SECRET_KEY": SECRET,
        "EGIDE_CONFIG": str(tmp_path / "absent.toml"),
        "EGIDE_GATEWAY__REDIS_URL": REDIS_URL,
        "EGIDE_GATEWAY__REDIS_PREFIX": prefix,
        "EGIDE_GATEWAY__CONVERSATION_MAPPING_TTL_S": "600",
        "EGIDE_GATEWAY__RATE_LIMIT_PER_MINUTE": str(BUDGET),
    }
    statuses: list[int] = []
    with serve_in_thread(model()) as upstream:
        approved_tool(database, upstream + "/v1", "hds", {"m": "x"})
        egide = str(Path(sys.executable).parent / "egide")
        process = subprocess.Popen(
            [egide, "serve", "--port", str(port), "--workers", "2"],
            env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        try:
            wait_ready(base, process)
            auth = {"authorization": f"Bearer {key}"}

            def ask(conversation: str, text: str) -> httpx.Response:
                with httpx.Client(timeout=30) as client:  # a new connection every time
                    response = client.post(
                        base + "/v1/chat/completions",
                        json={"model": "m", "messages": [{"role": "user", "content": text}]},
                        headers={**auth, "x-egide-conversation-id": conversation},
                    )
                statuses.append(response.status_code)
                return response

            for n in range(10):
                first = ask(f"conv-{n}", f"Dossier de {NAME}, NIR {NIR}.")
                second = ask(f"conv-{n}", "Et son numéro ?")  # the client trimmed the history
                assert first.json()["choices"][0]["message"]["content"] == f"Dossier de {NAME}, NIR {NIR}."
                assert second.json()["choices"][0]["message"]["content"] == (
                    f"Le numéro demandé est {NIR}, pour {NAME}."
                )
            for n in range(10):
                ask(f"more-{n}", "Bonjour")
        finally:
            stop(process)
            client = redis.Redis.from_url(REDIS_URL)
            keys = list(client.scan_iter(match=f"{prefix}:*"))
            if keys:
                client.delete(*keys)
            client.close()
            database.dispose()
    # One window for both processes: exactly the budget passed, whichever worker each request reached.
    assert statuses.count(200) == BUDGET and statuses.count(429) == 30 - BUDGET, statuses
