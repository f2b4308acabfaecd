"""``egide serve`` on a fresh data directory: migrate, bootstrap, print the key once, serve /v1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.gateway.servers import free_port

pytestmark = pytest.mark.slow
KEY = re.compile(r"Clé d'API de l'administrateur : (\S+)")


def start(data_dir: Path, port: int) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "EGIDE_DATA_DIR": str(data_dir),
        "EGIDE_SECRET_KEY": "serve-test-" + "s" * 40,
        "EGIDE_CONFIG": str(data_dir / "absent.toml"),
    }
    egide = str(Path(sys.executable).parent / "egide")
    return subprocess.Popen(
        [egide, "serve", "--port", str(port)],
        env=env, cwd=data_dir, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip


def wait_ready(base: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "egide serve exited"
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("egide serve did not answer /healthz")


def stop(process: subprocess.Popen[str]) -> str:
    process.terminate()
    out, _ = process.communicate(timeout=15)
    return out


def test_serve_prints_the_key_once_and_serves(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = start(tmp_path, port)
    try:
        wait_ready(base, process)
        first_output = stop(process)
    finally:
        if process.poll() is None:
            process.kill()
    found = KEY.search(first_output)
    assert found, first_output
    key = found.group(1)
    assert "Conservez cette clé" in first_output
    assert (tmp_path / "egide.db").exists()

    process = start(tmp_path, port)
    try:
        wait_ready(base, process)
        auth = {"authorization": f"Bearer {key}"}
        models = httpx.get(base + "/v1/models", headers=auth, timeout=10).json()
        assert "apercu" in {m["id"] for m in models["data"]}
        answer = httpx.post(
            base + "/v1/chat/completions",
            headers=auth,
            json={"model": "apercu", "messages": [{"role": "user", "content": "NIR 2 61 02 75 115 123 45"}]},
            timeout=30,
        )
        assert answer.status_code == 200 and answer.headers["x-egide-ai-generated"] == "true"
        assert "<NIR_1>" in answer.json()["choices"][0]["message"]["content"]
    finally:
        second_output = stop(process)
    assert KEY.search(second_output) is None  # shown once, never again
