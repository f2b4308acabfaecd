"""The person behind an application: Open WebUI names its signed-in user, égide gates and audits them.

One application key (role ``application``) serves many clinicians. With the configured end-user
header (Open WebUI's ``X-OpenWebUI-User-Email``), the training and charter gate, the rate limit and
the audit apply to the person; an unknown or deactivated person is refused; the header means nothing
on a professional's own key. Against the real app on loopback, with a recording model server.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import (
    accept_charter,
    add_user,
    bootstrap,
    create_key,
    deactivate_user,
    record_training,
)
from egide.settings import Settings
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.gateway.conftest import ModelServer, approved_tool, make_settings
from tests.gateway.servers import serve_in_thread

HEADER = "X-OpenWebUI-User-Email"


@dataclass
class People:
    database: Database
    url: str  # égide's /v1
    app_key: str
    app_user: int
    app_key_id: int
    pro_key: str
    pro_user: int
    trained: int  # ids of people without a key of their own
    untrained: int
    no_charter: int
    gone: int

    def chat(self, key: str, headers: dict[str, str] | None = None, model: str = "m") -> httpx.Response:
        body = {"model": model, "messages": [{"role": "user", "content": "Bonjour, une question générale."}]}
        with httpx.Client(trust_env=False, timeout=20) as client:  # loopback only
            return client.post(
                f"{self.url}/chat/completions",
                json=body,
                headers={"authorization": f"Bearer {key}", **(headers or {})},
            )

    def events(self, kind: str, at_least: int = 0) -> list[dict[str, Any]]:
        """The audit events of ``kind``; refusals and model results are queued, so wait for ``at_least``."""
        deadline = time.monotonic() + 10
        while True:
            with self.database.session() as session:
                records = session.scalars(
                    select(AuditRecord).where(AuditRecord.kind == kind).order_by(AuditRecord.seq)
                ).all()
                found = [json.loads(r.canonical) for r in records]
            if len(found) >= at_least or time.monotonic() > deadline:
                return found
            time.sleep(0.05)


def _person(database: Database, name: str, email: str, *, trained: bool, charter: bool) -> int:
    with database.session(write=True) as session:
        user = add_user(session, name=name, email=email, role="professional")
        if trained:
            record_training(session, user.id, completed_on=date.today() - timedelta(days=10))
        if charter:
            accept_charter(session, user.id)
        return user.id


@pytest.fixture
def people_factory(tmp_path: Path, model_server: ModelServer) -> Iterator[Any]:
    started: list[Any] = []

    def make(**gateway: object) -> People:
        settings: Settings = make_settings(tmp_path, **gateway)
        database = database_of(settings, migrate=True)
        assert bootstrap(database) is not None
        approved_tool(database, model_server.url)
        with database.session(write=True) as session:
            app = add_user(session, name="Open WebUI", email="openwebui@chu.example", role="application")
            app_key = create_key(session, app.id, label="open-webui")
        pro = _person(database, "Claire Martin", "claire.martin@chu.example", trained=True, charter=True)
        with database.session(write=True) as session:
            pro_key = create_key(session, pro)
        trained = _person(database, "Paul Bernard", "paul.bernard@chu.example", trained=True, charter=True)
        untrained = _person(database, "Inès Robert", "ines.robert@chu.example", trained=False, charter=True)
        no_charter = _person(database, "Luc Petit", "luc.petit@chu.example", trained=True, charter=False)
        gone = _person(database, "Marc Durand", "marc.durand@chu.example", trained=True, charter=True)
        with database.session(write=True) as session:
            deactivate_user(session, gone)
        server = serve_in_thread(create_app(settings, database=database))
        url = server.__enter__()
        started.append((server, database))
        return People(
            database, url + "/v1", app_key.secret, app.id, app_key.id, pro_key.secret, pro,
            trained, untrained, no_charter, gone,
        )  # fmt: skip

    yield make
    for server, database in started:
        server.__exit__(None, None, None)
        database.dispose()


def test_a_trained_person_passes_and_is_the_actor(people_factory: Any, model_server: ModelServer) -> None:
    people = people_factory()
    model_server.recorder.clear()
    # Open WebUI sends the address as the user typed it at sign-up: case does not matter.
    response = people.chat(people.app_key, {HEADER: "Paul.Bernard@CHU.example"})
    assert response.status_code == 200, response.text
    assert len(model_server.recorder.requests) == 1
    rid = response.headers["x-request-id"]
    for kind in ("gateway.request", "gateway.decision", "gateway.upstream"):
        (event,) = [e for e in people.events(kind, at_least=1) if e["request_id"] == rid]
        assert event["actor_user_id"] == people.trained, kind
        assert event["application_key_id"] == people.app_key_id, kind
    # The address itself is nowhere in the audit trail.
    with people.database.session() as session:
        assert not any("paul.bernard" in r.canonical.lower() for r in session.scalars(select(AuditRecord)))


def test_without_the_header_the_application_acts_as_itself(people_factory: Any) -> None:
    people = people_factory()
    response = people.chat(people.app_key)
    assert response.status_code == 200
    (event,) = [
        e for e in people.events("gateway.request") if e["request_id"] == response.headers["x-request-id"]
    ]
    assert event["actor_user_id"] == people.app_user
    assert event["application_key_id"] is None


@pytest.mark.parametrize(
    ("who", "code"),
    [
        ("untrained", "training_required"),
        ("no_charter", "charter_not_accepted"),
        ("gone", "end_user_inactive"),
    ],
)
def test_a_person_who_may_not_use_egide_is_refused_and_audited(
    people_factory: Any, model_server: ModelServer, who: str, code: str
) -> None:
    people = people_factory()
    emails = {
        "untrained": "ines.robert@chu.example",
        "no_charter": "luc.petit@chu.example",
        "gone": "marc.durand@chu.example",
    }
    model_server.recorder.clear()
    response = people.chat(people.app_key, {HEADER: emails[who]})
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == code
    assert emails[who] not in error["message"]
    assert model_server.recorder.requests == []
    (refused,) = people.events("gateway.refused", at_least=1)
    assert refused["request_id"] == response.headers["x-request-id"]
    assert (refused["reason_code"], refused["status"]) == (code, 403)
    assert refused["actor_user_id"] == getattr(people, who)  # the person, not the application
    assert refused["application_key_id"] == people.app_key_id
    assert people.events("gateway.request") == []


@pytest.mark.parametrize(
    "email",
    ["personne.inconnue@chu.example", "openwebui@chu.example", "x" * 400],
    ids=["unknown", "app", "long"],
)
def test_an_unknown_person_is_refused(people_factory: Any, model_server: ModelServer, email: str) -> None:
    # Another application's address is no person either: it would borrow an account exempt from the gate.
    people = people_factory()
    model_server.recorder.clear()
    response = people.chat(people.app_key, {HEADER: email})
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "end_user_unknown"
    assert "inconnue d'égide" in error["message"] and email not in error["message"]
    assert model_server.recorder.requests == []
    (refused,) = people.events("gateway.refused", at_least=1)
    assert (refused["reason_code"], refused["actor_user_id"]) == ("end_user_unknown", people.app_user)
    assert refused["application_key_id"] == people.app_key_id


def test_an_unknown_person_may_be_let_through_as_the_application(people_factory: Any) -> None:
    people = people_factory(end_user_unknown="application")
    response = people.chat(people.app_key, {HEADER: "personne.inconnue@chu.example"})
    assert response.status_code == 200
    (event,) = people.events("gateway.request")
    assert (event["actor_user_id"], event["application_key_id"]) == (people.app_user, None)
    # Only the unknown are let through: a known person who may not use égide is still refused.
    refused = people.chat(people.app_key, {HEADER: "ines.robert@chu.example"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "training_required"


def test_a_professional_key_cannot_act_as_someone_else(people_factory: Any) -> None:
    people = people_factory()
    for email in ("ines.robert@chu.example", "personne.inconnue@chu.example", "paul.bernard@chu.example"):
        response = people.chat(people.pro_key, {HEADER: email})
        assert response.status_code == 200, email
    events = people.events("gateway.request")
    assert [(e["actor_user_id"], e["application_key_id"]) for e in events] == [(people.pro_user, None)] * 3
    # Queued in order: once the last model result is written, a refusal would be too.
    assert len(people.events("gateway.upstream", at_least=3)) == 3
    assert people.events("gateway.refused") == []


def test_the_header_can_be_switched_off(people_factory: Any) -> None:
    people = people_factory(end_user_header="")
    response = people.chat(people.app_key, {HEADER: "ines.robert@chu.example"})
    assert response.status_code == 200  # the application acts as itself: the header means nothing
    (event,) = people.events("gateway.request")
    assert event["actor_user_id"] == people.app_user


def test_another_header_can_be_configured(people_factory: Any) -> None:
    people = people_factory(end_user_header="X-Utilisateur")
    assert people.chat(people.app_key, {HEADER: "ines.robert@chu.example"}).status_code == 200
    refused = people.chat(people.app_key, {"X-Utilisateur": "ines.robert@chu.example"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "training_required"


def test_the_rate_limit_is_per_person(people_factory: Any) -> None:
    people = people_factory(rate_limit_per_minute=2)
    paul = {HEADER: "paul.bernard@chu.example"}
    claire = {HEADER: "claire.martin@chu.example"}
    assert [people.chat(people.app_key, paul).status_code for _ in range(3)] == [200, 200, 429]
    # Another person through the same application key has a budget of their own.
    assert [people.chat(people.app_key, claire).status_code for _ in range(3)] == [200, 200, 429]
    # And the professional's own key is yet another budget.
    assert people.chat(people.pro_key).status_code == 200
    refused = people.events("gateway.refused", at_least=2)
    assert [(e["reason_code"], e["actor_user_id"]) for e in refused] == [
        ("rate_limited", people.trained),
        ("rate_limited", people.pro_user),
    ]


def test_the_address_is_never_logged(people_factory: Any, caplog: pytest.LogCaptureFixture) -> None:
    people = people_factory()
    caplog.set_level(logging.DEBUG)
    addresses = ["paul.bernard@chu.example", "ines.robert@chu.example", "personne.inconnue@chu.example"]
    statuses = [people.chat(people.app_key, {HEADER: email}).status_code for email in addresses]
    assert statuses == [200, 403, 403]
    assert len(people.events("gateway.refused", at_least=2)) == 2
    assert any(r.name.startswith("egide") for r in caplog.records)  # the gateway did log these requests
    for email in addresses:
        assert email not in caplog.text
        assert email.split("@")[0] not in caplog.text


def test_an_application_may_be_required_to_name_its_person(people_factory: Any) -> None:
    # Open WebUI started without ENABLE_FORWARD_USER_INFO_HEADERS sends no header: refused, not waved through.
    people = people_factory(end_user_missing="refuse")
    response = people.chat(people.app_key)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "end_user_required"
    assert HEADER in response.json()["error"]["message"]
    (refused,) = people.events("gateway.refused", at_least=1)
    assert (refused["reason_code"], refused["actor_user_id"]) == ("end_user_required", people.app_user)
    assert people.chat(people.app_key, {HEADER: "paul.bernard@chu.example"}).status_code == 200
    assert people.chat(people.pro_key).status_code == 200  # a person's own key names themselves


def test_the_list_of_models_checks_the_person_named_too(people_factory: Any) -> None:
    people = people_factory()
    with httpx.Client(trust_env=False, timeout=20) as client:

        def models(headers: dict[str, str]) -> httpx.Response:
            auth = {"authorization": f"Bearer {people.app_key}"}
            return client.get(f"{people.url}/models", headers=auth | headers)

        assert models({HEADER: "paul.bernard@chu.example"}).status_code == 200
        refused = models({HEADER: "ines.robert@chu.example"})
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "training_required"
        unknown = models({HEADER: "personne.inconnue@chu.example"})
        assert unknown.status_code == 403 and unknown.json()["error"]["code"] == "end_user_unknown"
