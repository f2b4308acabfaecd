"""Lock-out (per account, per client address), session expiry (idle, absolute), « déconnexion
partout » and the password change page — each with the journal entry it must leave."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import Role, bootstrap
from egide.store.models.audit import AuditRecord
from tests.console.conftest import Account, Clock, Console, ConsoleClient, console_settings, create_account


def _events(console: Console, kind: str) -> list[dict[str, object]]:
    with console.database.session() as session:
        rows = session.scalars(
            select(AuditRecord).where(AuditRecord.kind == kind).order_by(AuditRecord.seq)
        ).all()
        return [json.loads(row.canonical) for row in rows]


def _try(client: ConsoleClient, account: Account, password: str | None = None) -> int:
    response = client.post(
        "/console/login", {"email": account.email, "password": password or account.password}
    )
    return response.status_code


@pytest.fixture
def strict(tmp_path: Path) -> Iterator[Console]:
    """A console with small limits: 3 failures per account, 5 per address, 10-minute window."""
    settings = console_settings(
        tmp_path / "var", login_max_failures=3, address_max_failures=5, login_window_minutes=10
    )
    database = database_of(settings, migrate=True)
    bootstrap(database)
    console = Console(settings, database, create_app(settings, database=database))
    console.set_clock(Clock())
    try:
        yield console
    finally:
        database.dispose()


def test_an_account_is_locked_after_its_failures_even_for_the_right_password(strict: Console) -> None:
    clock: Clock = strict.services.clock  # type: ignore[assignment]
    person = create_account(strict.database, Role.DPO)
    client = strict.client()
    assert [_try(client, person, "mauvais") for _ in range(3)] == [401, 401, 429]
    locked = client.post("/console/login", {"email": person.email, "password": person.password})
    assert locked.status_code == 429
    assert "Trop de tentatives" in locked.text
    assert not client.signed_in
    assert [e["scope"] for e in _events(strict, "console.login_locked")] == ["account"]
    assert _events(strict, "console.login_failed")[-1]["reason_code"] == "locked_account"
    # another person is not affected (the address limit is 5)
    other = create_account(strict.database, Role.RSSI)
    assert _try(strict.client(), other) == 303
    clock.advance(minutes=11)  # the failures leave the window
    assert _try(client, person) == 303


def test_a_success_clears_the_accounts_count(strict: Console) -> None:
    person = create_account(strict.database, Role.REFERENT)
    client = strict.client()
    assert [_try(client, person, "mauvais") for _ in range(2)] == [401, 401]
    assert _try(client, person) == 303
    assert [_try(strict.client(), person, "mauvais") for _ in range(2)] == [401, 401]
    assert _try(strict.client(), person) == 303  # 2 + 2 failures, but never 3 since the last success


def test_a_client_address_spraying_many_accounts_is_locked(strict: Console) -> None:
    people = [create_account(strict.database, Role.PROFESSIONAL) for _ in range(5)]
    client = strict.client()  # every request of the test client comes from the same address
    assert [_try(client, person, "mauvais") for person in people] == [401, 401, 401, 401, 429]
    assert _try(client, people[0]) == 429
    assert [e["scope"] for e in _events(strict, "console.login_locked")] == ["address"]


def test_a_session_ends_when_idle(strict: Console) -> None:
    clock: Clock = strict.services.clock  # type: ignore[assignment]
    person = create_account(strict.database, Role.ADMIN)
    client = strict.signed_in(person)
    clock.advance(minutes=29)
    assert client.get("/console/").status_code == 200  # in use: the idle time starts again
    clock.advance(minutes=29)
    assert client.get("/console/").status_code == 200
    clock.advance(minutes=31)
    assert client.get("/console/").status_code == 303


def test_a_session_ends_after_its_absolute_lifetime_even_in_use(strict: Console) -> None:
    clock: Clock = strict.services.clock  # type: ignore[assignment]
    person = create_account(strict.database, Role.ADMIN)
    client = strict.signed_in(person)
    for _ in range(35):  # 11 h 40 of activity, a page every 20 minutes
        clock.advance(minutes=20)
        assert client.get("/console/").status_code == 200
    clock.advance(minutes=21)
    assert client.get("/console/").status_code == 303


def test_logout_everywhere_ends_every_session_of_the_person_only(
    console: Console, make_user: Callable[..., Account]
) -> None:
    person, colleague = make_user(Role.DPO), make_user(Role.DPO)
    laptop, phone, other = console.signed_in(person), console.signed_in(person), console.signed_in(colleague)
    response = phone.post("/console/account/logout-everywhere")
    assert response.status_code == 303 and response.headers["location"].endswith("/login?sortie=partout")
    assert laptop.get("/console/").status_code == 303
    assert phone.get("/console/").status_code == 303
    assert other.get("/console/").status_code == 200
    [event] = _events(console, "console.sessions_revoked")
    assert (event["user_id"], event["sessions"], event["reason_code"]) == (
        person.user_id,
        2,
        "logout_everywhere",
    )


def test_changing_ones_password(console: Console, make_user: Callable[..., Account]) -> None:
    person = make_user(Role.RSSI)
    here, elsewhere = console.signed_in(person), console.signed_in(person)
    new = "une toute nouvelle phrase de passe"
    wrong = here.post("/console/account/password", {"current": "pas le bon", "new": new, "confirm": new})
    assert wrong.status_code == 400 and "actuel est incorrect" in wrong.text
    differ = here.post(
        "/console/account/password", {"current": person.password, "new": new, "confirm": new + "x"}
    )
    assert differ.status_code == 400 and "diffèrent" in differ.text
    short = here.post(
        "/console/account/password", {"current": person.password, "new": "court", "confirm": "court"}
    )
    assert short.status_code == 400 and "trop court" in short.text
    done = here.post("/console/account/password", {"current": person.password, "new": new, "confirm": new})
    assert done.status_code == 303
    assert here.get("/console/").status_code == 200  # this session goes on
    assert elsewhere.get("/console/").status_code == 303  # the others end
    assert _try(console.client(), person) == 401  # the old password no longer works
    assert (
        console.client().post("/console/login", {"email": person.email, "password": new}).status_code == 303
    )
    journal = json.dumps([_events(console, k) for k in ("console.password_set", "console.sessions_revoked")])
    assert new not in journal and person.password not in journal
