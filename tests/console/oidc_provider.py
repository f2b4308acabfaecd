"""A real OpenID Connect provider on loopback: the npm package ``oidc-provider`` run by Node.

``tests/console/oidc/`` holds the provider script and its ``package-lock.json``; ``make test``
installs it there with ``npm ci`` (``make oidc-provider``). Nothing here talks beyond 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx

from tests.gateway.servers import free_port

HERE = Path(__file__).parent / "oidc"
CLIENT_ID = "egide-console"
CLIENT_SECRET = "secret-de-test-du-client-egide-0123456789"


@dataclass(frozen=True)
class Provider:
    issuer: str
    client_id: str = CLIENT_ID
    client_secret: str = CLIENT_SECRET

    def settings(self, role_claim: str = "groups", **more: Any) -> dict[str, Any]:
        """The ``console.oidc`` section for égide."""
        return {
            "issuer": self.issuer,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "role_claim": role_claim,
            **more,
        }


@contextmanager
def oidc_provider(
    redirect_uri: str, accounts: dict[str, dict[str, Any]], role_claim: str = "groups"
) -> Iterator[Provider]:
    """Start the provider for one client (égide, ``redirect_uri``) and these accounts (login → claims)."""
    node = shutil.which("node")
    assert node, "node is needed for the OpenID provider"
    assert (HERE / "node_modules" / "oidc-provider").is_dir(), (
        "run `make oidc-provider` (npm ci in tests/console/oidc)"
    )
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "OIDC_PORT": str(port),
        "OIDC_CLIENT_ID": CLIENT_ID,
        "OIDC_CLIENT_SECRET": CLIENT_SECRET,
        "OIDC_REDIRECT_URI": redirect_uri,
        "OIDC_ROLE_CLAIM": role_claim,
        "OIDC_ACCOUNTS": json.dumps(accounts),
    }
    process = subprocess.Popen(
        [node, "provider.mjs"], cwd=HERE, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    issuer = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if (
                    httpx.get(
                        issuer + "/.well-known/openid-configuration", trust_env=False, timeout=2
                    ).status_code
                    == 200
                ):
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                _, err = process.communicate(timeout=5) if process.poll() is not None else ("", "timeout")
                raise RuntimeError(f"the OpenID provider did not start: {err[-2000:]}")
            time.sleep(0.1)
        yield Provider(issuer)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


_ACTION = re.compile(r'<form[^>]*action="([^"]+)"')


def sign_in_at_provider(authorize_url: str, login: str, redirect_uri: str) -> dict[str, str]:
    """Play the person on the provider's pages: follow to its login form, sign in as ``login``,
    follow back; return the query égide's callback receives (``code``, ``state``, ``iss``…)."""
    with httpx.Client(trust_env=False, timeout=10, follow_redirects=False) as browser:
        url = authorize_url
        for _ in range(12):
            if url.startswith(redirect_uri):
                return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}
            response = browser.get(url)
            if response.status_code in (302, 303):
                url = urljoin(url, response.headers["location"])
                continue
            found = _ACTION.search(response.text)
            assert response.status_code == 200 and found, f"unexpected provider page ({response.status_code})"
            posted = browser.post(
                urljoin(url, found.group(1)),
                data={"prompt": "login", "login": login, "password": "peu-importe"},
            )
            assert posted.status_code in (302, 303), posted.text[:500]
            url = urljoin(url, posted.headers["location"])
        raise AssertionError("no way back to égide from the provider")
