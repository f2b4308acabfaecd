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


def _self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 made here, for this test only."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "egide-test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def test_serve_over_https_for_the_openai_sdk(tmp_path: Path) -> None:
    import ssl

    from openai import OpenAI

    cert, key_file = _self_signed(tmp_path)
    trusted = ssl.create_default_context(cafile=str(cert))  # this certificate only, not the system's
    port = free_port()
    env = {
        **os.environ,
        "EGIDE_DATA_DIR": str(tmp_path),
        "EGIDE_SECRET_KEY": "serve-test-" + "s" * 40,
        "EGIDE_CONFIG": str(tmp_path / "absent.toml"),
        "EGIDE_GATEWAY__TLS_CERTFILE": str(cert),
    }
    egide = str(Path(sys.executable).parent / "egide")
    process = subprocess.Popen(
        [egide, "serve", "--port", str(port), "--tls-keyfile", str(key_file)],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    base = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "egide serve exited"
            try:
                if httpx.get(base + "/healthz", timeout=1, verify=trusted).status_code == 200:
                    break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "egide serve did not answer over HTTPS"
                time.sleep(0.2)
        with pytest.raises(httpx.HTTPError):  # plain HTTP on the same port is not served
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
        output = stop(process)
        found = KEY.search(output)
        assert found and f"curl https://127.0.0.1:{port}/v1/models" in output
        process = subprocess.Popen(
            [egide, "serve", "--port", str(port), "--tls-keyfile", str(key_file)],
            env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        client = OpenAI(
            base_url=base + "/v1",
            api_key=found.group(1),
            max_retries=5,
            http_client=httpx.Client(verify=trusted, trust_env=False, timeout=30),
        )
        answer = client.chat.completions.create(
            model="apercu", messages=[{"role": "user", "content": "Mme Jeanne DUPONT, tél. 06 12 34 56 78"}]
        )
        content = answer.choices[0].message.content or ""
        assert "<NOM_1>" in content and "DUPONT" not in content
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=15)


def test_a_port_already_taken_is_said_in_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "EGIDE_DATA_DIR": str(tmp_path), "EGIDE_CONFIG": str(tmp_path / "absent.toml")}
        done = subprocess.run(
            [str(Path(sys.executable).parent / "egide"), "serve", "--port", str(port)],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 2
    assert f"le port {port} est déjà pris" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "egide.db").exists()  # refused before anything was created
