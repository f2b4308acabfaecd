"""Every failure leaves in the OpenAI envelope, with the right status; detection failure fails closed.

These tests run the app in process (``TestClient``) in front of the recording model server on
loopback (``tests.gateway.upstream``): its ``fail``, ``slow`` and ``busy`` models answer 500, late and 429.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from egide.app import database_of
from egide.detect import DetectConfig, Detector
from egide.gateway.app import create_app
from egide.governance import add_tool, bootstrap
from tests.gateway.conftest import ModelServer, make_settings
from tests.gateway.upstream import Recorder
from tests.governance.reviewed import approve_reviewed

CHAT = "/v1/chat/completions"
NIR = "2 61 02 75 115 123 45"


def build(
    tmp_path: Path, model: ModelServer, detector: Detector | None = None, **gateway: object
) -> tuple[TestClient, str, Recorder]:
    settings = make_settings(tmp_path, **gateway)
    database = database_of(settings)
    database.migrate()
    key = bootstrap(database)
    assert key is not None
    with database.session(write=True) as session:
        for name, klass, models in [
            ("contrat", "contracted", {"m": "echo", "m-fail": "fail", "m-slow": "slow", "m-busy": "busy"}),
            ("public", "public", {"p": "echo"}),
        ]:
            approve_reviewed(
                session,
                add_tool(
                    session,
                    name=name,
                    base_url=model.url,
                    confidentiality=klass,
                    models=models,
                ).id,
            )
    app = create_app(settings, database=database, detector=detector)
    return TestClient(app), key, model.recorder


@pytest.fixture(scope="module")
def env(
    tmp_path_factory: pytest.TempPathFactory, model_server: ModelServer
) -> Iterator[tuple[TestClient, str, Recorder]]:
    client, key, recorder = build(tmp_path_factory.mktemp("errors"), model_server, max_body_bytes=10_000)
    with client:
        yield client, key, recorder


def chat(model: str, text: str = "Bonjour", **extra: object) -> dict[str, object]:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


def assert_envelope(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["type"], str) and isinstance(error["code"], str)
    assert error["param"] is None or isinstance(error["param"], str)
    return error  # type: ignore[no-any-return]


def test_envelope_for_every_status(env: tuple[TestClient, str, Recorder]) -> None:
    client, key, _ = env
    auth = {"authorization": f"Bearer {key}"}
    cases: list[tuple[int, httpx.Response]] = [
        (400, client.post(CHAT, content=b"{not json", headers=auth)),
        (400, client.post(CHAT, content='{"model": "m"}'.encode("utf-16"), headers=auth)),
        (400, client.post(CHAT, json={"model": "m", "messages": "hello"}, headers=auth)),
        (
            400,
            client.post(
                CHAT, json={"model": "m", "messages": [{"role": "wizard", "content": "x"}]}, headers=auth
            ),
        ),
        (401, client.post(CHAT, json=chat("m"))),
        (401, client.post(CHAT, json=chat("m"), headers={"authorization": "Bearer egide_wrong"})),
        (403, client.post(CHAT, json=chat("p", f"NIR {NIR}"), headers=auth)),
        (404, client.post(CHAT, json=chat("nope"), headers=auth)),
        (404, client.get("/v1/does-not-exist", headers=auth)),
        (405, client.get(CHAT, headers=auth)),
        (413, client.post(CHAT, json=chat("m", "a" * 20_000), headers=auth)),
        (429, client.post(CHAT, json=chat("m-busy"), headers=auth)),
        (502, client.post(CHAT, json=chat("m-fail"), headers=auth)),
        (504, client.post(CHAT, json=chat("m-slow"), headers=auth)),
    ]
    for status, response in cases:
        assert_envelope(response, status)


def test_policy_message_names_categories_never_values(
    env: tuple[TestClient, str, Recorder],
) -> None:
    client, key, recorder = env
    before = len(recorder.requests)
    response = client.post(CHAT, json=chat("p", f"NIR {NIR}"), headers={"authorization": f"Bearer {key}"})
    error = assert_envelope(response, 403)
    assert "NIR" in str(error["message"]) and NIR not in response.text
    assert len(recorder.requests) == before


def test_size_limit_holds_without_content_length(env: tuple[TestClient, str, Recorder]) -> None:
    client, key, _ = env

    def body() -> Iterator[bytes]:
        yield b'{"model": "m", "messages": [{"role": "user", "content": "'
        for _ in range(30):
            yield b"a" * 1000
        yield b'"}]}'

    response = client.post(CHAT, content=body(), headers={"authorization": f"Bearer {key}"})
    assert_envelope(response, 413)


def test_rate_limit_per_key(tmp_path: Path, model_server: ModelServer) -> None:
    client, key, _ = build(tmp_path, model_server, rate_limit_per_minute=2)
    auth = {"authorization": f"Bearer {key}"}
    with client:
        assert client.post(CHAT, json=chat("m"), headers=auth).status_code == 200
        assert client.post(CHAT, json=chat("m"), headers=auth).status_code == 200
        response = client.post(CHAT, json=chat("m"), headers=auth)
    assert_envelope(response, 429)
    assert response.headers["retry-after"] == "60"


def test_detection_timeout_fails_closed(tmp_path: Path, model_server: ModelServer) -> None:
    # A real detector with a 1 ms budget on a long note: it times out, and nothing may leave.
    detector = Detector(DetectConfig(timeout_ms=1))
    client, key, recorder = build(tmp_path, model_server, detector=detector, max_body_bytes=5_000_000)
    before = len(recorder.requests)
    note = f"Patient NIR {NIR}, revu en consultation. " * 20_000
    with client:
        response = client.post(CHAT, json=chat("m", note), headers={"authorization": f"Bearer {key}"})
        streamed = client.post(
            CHAT, json=chat("m", note, stream=True), headers={"authorization": f"Bearer {key}"}
        )
    error = assert_envelope(response, 500)
    assert error["code"] == "detection_timeout"
    assert_envelope(streamed, 500)
    assert len(recorder.requests) == before


def test_healthz_and_metrics(env: tuple[TestClient, str, Recorder]) -> None:
    client, key, _ = env
    assert client.get("/healthz").json() == {"status": "ok"}
    client.post(CHAT, json=chat("m", f"NIR {NIR}"), headers={"authorization": f"Bearer {key}"})
    metrics = client.get("/metrics").text
    assert 'egide_policy_decisions_total{action="pseudonymise"}' in metrics
    assert 'egide_findings_total{label="NIR"}' in metrics
    assert NIR not in metrics


def test_unreadable_name_tagger_fails_closed(
    tmp_path: Path, model_server: ModelServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The optional name tagger switched on with its weights file gone: the gateway still starts, and
    # every request is refused before anything is sent upstream.
    from egide.detect.names import tagger

    monkeypatch.setattr(tagger, "TAGGER_FILE", "absent.tsv.gz")
    detector = Detector(DetectConfig(use_tagger=True))
    client, key, recorder = build(tmp_path, model_server, detector=detector)
    before = len(recorder.requests)
    with client:
        response = client.post(CHAT, json=chat("m", "Revu Mme CoLLiN MaRCeL ce jour"),
                               headers={"authorization": f"Bearer {key}"})  # fmt: skip
    assert_envelope(response, 500)
    assert len(recorder.requests) == before
