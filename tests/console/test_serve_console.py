"""`egide serve` serves the console on the gateway's port; a password set by `egide users password`
(standard input) signs in against the served process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.gateway.servers import free_port
from tests.gateway.test_serve import stop, wait_ready

pytestmark = pytest.mark.slow


def test_the_first_login_of_a_fresh_install(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "EGIDE_DATA_DIR": str(tmp_path),
        "EGIDE_SECRET_KEY": "serve-test-" + "s" * 40,
        "EGIDE_CONFIG": str(tmp_path / "absent.toml"),
    }
    egide = str(Path(sys.executable).parent / "egide")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [egide, "serve", "--port", str(port)], env=env, cwd=tmp_path,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        wait_ready(base, process)
        secret = "la phrase de passe du premier administrateur"
        done = subprocess.run(
            [egide, "users", "password", "admin@egide.local", "--as", "admin@egide.local"],
            env=env, cwd=tmp_path, input=secret + "\n", capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        with httpx.Client(base_url=base, trust_env=False, timeout=20) as browser:
            page = browser.get("/console/login")
            assert page.status_code == 200 and "Connexion à la console" in page.text
            token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
            assert token
            signed = browser.post(
                "/console/login",
                data={"email": "admin@egide.local", "password": secret, "csrf_token": token.group(1)},
            )
            assert signed.status_code == 303
            assert "secure" not in signed.headers["set-cookie"].lower()  # plain HTTP on loopback
            home = browser.get("/console/")
            assert home.status_code == 200 and "Administrateur égide" in home.text
    finally:
        stop(process)
