"""A person the gateway refuses for training or the charter is told which console page to go to."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from egide.app import database_of
from egide.errors import AccessDenied, RateLimited
from egide.gateway.app import create_app
from egide.gateway.guidance import guide, page_for
from egide.governance import (
    Role,
    accept_charter,
    add_module,
    add_user,
    bootstrap,
    create_key,
    record_training,
)
from egide.settings import Settings

SECRET = "guidance-test-secret-" + "g" * 30


def _ask(client: TestClient, key: str) -> tuple[int, dict[str, str]]:
    response = client.post(
        "/v1/chat/completions",
        json={"model": "apercu", "messages": [{"role": "user", "content": "Bonjour"}]},
        headers={"authorization": f"Bearer {key}"},
    )
    return response.status_code, response.json().get("error", {})


@pytest.mark.parametrize(
    ("console_url", "training_page", "charter_page"),
    [
        (
            "https://egide.chu-exemple.fr/console/",
            "https://egide.chu-exemple.fr/console/me/training",
            "https://egide.chu-exemple.fr/console/me/charter",
        ),
        (None, "/console/me/training", "/console/me/charter"),
    ],
)
def test_the_refusal_names_the_page_that_lifts_it(
    tmp_path: Path, console_url: str | None, training_page: str, charter_page: str
) -> None:
    settings = Settings(
        environment="test",
        data_dir=tmp_path,
        secret_key=SECRET,
        gateway={"rate_limit_per_minute": 0, "auth_cache_s": 0, "console_url": console_url},
    )
    database = database_of(settings, migrate=True)
    bootstrap(database)
    with database.session(write=True) as session:
        user_id = add_user(
            session, name="Yann Le Goff", email="yann@chu-exemple.fr", role=Role.PROFESSIONAL
        ).id
        key = create_key(session, user_id).secret
        module = add_module(session, title="Socle", validity_months=12, mandatory_for=[Role.PROFESSIONAL])
    with TestClient(create_app(settings, database=database)) as client:
        status, error = _ask(client, key)
        assert (status, error["code"]) == (403, "training_required")
        assert error["message"].startswith(
            "formation à l'IA non validée : suivez les formations obligatoires"
        )
        assert error["message"].endswith(training_page)
        with database.session(write=True) as session:
            record_training(session, user_id, completed_on=date.today(), module_id=module.id)
        status, error = _ask(client, key)
        assert (status, error["code"]) == (403, "charter_not_accepted")
        assert error["message"].endswith(charter_page) and "acceptez la charte" in error["message"]
        with database.session(write=True) as session:
            accept_charter(session, user_id)
        assert _ask(client, key)[0] == 200
    database.dispose()


def test_other_refusals_are_left_alone() -> None:
    for exc in (AccessDenied("non", code="end_user_inactive"), RateLimited("trop")):
        guide(exc, "https://egide.example/console")
        assert "console" not in exc.message
    assert page_for("identifying_data", None) is None
    twice = AccessDenied("formation à l'IA non validée", code="training_required")
    guide(twice, None)
    guide(twice, None)
    assert twice.message.count("/console/me/training") == 1 and str(twice) == twice.message
