"""Local accounts: a password set from standard input, sign-in and sign-out, who may not sign in,
and what the journal keeps of it (ids and codes, never a password or a typed name)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from egide.cli import app as cli_app
from egide.errors import AccessDenied, InputError
from egide.governance import Role, add_user, deactivate_user
from egide.store.models.audit import AuditRecord
from egide.store.models.console import ConsoleSession, LoginAttempt
from egide.store.models.governance import User
from tests.conftest import TEST_SECRET
from tests.console.conftest import Account, Console


def _journal(console: Console, prefix: str = "console.") -> list[dict[str, object]]:
    with console.database.session() as session:
        rows = session.scalars(
            select(AuditRecord).where(AuditRecord.kind.startswith(prefix)).order_by(AuditRecord.seq)
        ).all()
        return [json.loads(row.canonical) for row in rows]


@pytest.fixture
def cli(console: Console, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("EGIDE_DATABASE_URL", console.database.url.render_as_string(hide_password=False))
    monkeypatch.setenv("EGIDE_SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("EGIDE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("EGIDE_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.delenv("EGIDE_AS", raising=False)
    return CliRunner()


def test_a_password_set_from_standard_input_signs_in(console: Console, cli: CliRunner) -> None:
    secret = "un mot de passe bien long"
    result = cli.invoke(
        cli_app, ["users", "password", "admin@egide.local", "--as", "admin@egide.local"], input=secret + "\n"
    )
    assert result.exit_code == 0, result.output
    assert "Argon2id" in result.stdout
    assert secret not in result.output
    with console.database.session() as session:
        stored = session.scalar(select(User.password_hash).where(User.email == "admin@egide.local"))
    assert stored is not None and stored.startswith("$argon2id$") and secret not in stored
    client = console.client()
    response = client.post("/console/login", {"email": "ADMIN@egide.local ", "password": secret})
    assert response.status_code == 303
    assert client.get("/console/").status_code == 200
    journal = json.dumps(_journal(console, ""))
    assert secret not in journal
    assert [e["kind"] for e in _journal(console)][:1] == ["console.password_set"]


def test_the_command_refuses_short_passwords_and_other_peoples_accounts(
    console: Console, cli: CliRunner
) -> None:
    short = cli.invoke(
        cli_app, ["users", "password", "admin@egide.local", "--as", "admin@egide.local"], input="court\n"
    )
    assert isinstance(short.exception, InputError) and "trop court" in str(short.exception)
    with console.database.session(write=True) as session:
        pro = add_user(session, name="Infirmière Essai", email="ide@essai.egide.test", role=Role.PROFESSIONAL)
    other = cli.invoke(
        cli_app,
        ["users", "password", "admin@egide.local", "--as", "ide@essai.egide.test"],
        input="x" * 20 + "\n",
    )
    assert isinstance(other.exception, AccessDenied)  # a professional sets only their own
    own = cli.invoke(
        cli_app, ["users", "password", str(pro.id), "--as", "ide@essai.egide.test"], input="y" * 20 + "\n"
    )
    assert own.exit_code == 0, own.output


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(
    console: Console, make_user: Callable[..., Account]
) -> None:
    person = make_user(Role.DPO)
    client = console.client()
    wrong = client.post("/console/login", {"email": person.email, "password": "pas le bon"})
    unknown = client.post("/console/login", {"email": "personne@essai.egide.test", "password": "pas le bon"})
    assert wrong.status_code == unknown.status_code == 401
    assert (
        "Adresse ou mot de passe incorrect" in wrong.text
        and "Adresse ou mot de passe incorrect" in unknown.text
    )
    assert not client.signed_in
    failed = [e for e in _journal(console) if e["kind"] == "console.login_failed"]
    assert [(e["user_id"], e["reason_code"]) for e in failed] == [
        (person.user_id, "bad_password"),
        (None, "unknown_account"),
    ]
    text = json.dumps(_journal(console, ""))
    assert "pas le bon" not in text and "personne@essai" not in text and person.email not in text
    with console.database.session() as session:
        attempts = session.scalars(select(LoginAttempt.account_hash)).all()
    assert len(attempts) == 2 and all(len(h) == 64 and "@" not in h for h in attempts)


def test_an_application_account_never_signs_in(console: Console, make_user: Callable[..., Account]) -> None:
    from egide.console.passwords import hash_password

    app_account = make_user(Role.APPLICATION)
    with console.database.session(write=True) as session:  # even with a hash written behind our back
        row = session.get(User, app_account.user_id)
        assert row is not None
        row.password_hash = hash_password("mot-de-passe-application")
    response = console.client().post(
        "/console/login", {"email": app_account.email, "password": "mot-de-passe-application"}
    )
    assert response.status_code == 401
    assert [e["reason_code"] for e in _journal(console) if e["kind"] == "console.login_failed"] == [
        "application_account"
    ]


def test_logout_ends_the_session_on_the_server(console: Console, make_user: Callable[..., Account]) -> None:
    person = make_user(Role.RSSI)
    client = console.signed_in(person)
    token = client.http.cookies.get("egide_session")
    response = client.post("/console/logout")
    assert response.status_code == 303
    replay = console.client()
    replay.http.cookies.set("egide_session", token)
    assert replay.get("/console/").status_code == 303  # a copied cookie is worth nothing after logout
    kinds = [e["kind"] for e in _journal(console)]
    assert kinds == ["console.password_set", "console.login_succeeded", "console.logged_out"]


def test_a_deactivated_person_is_signed_out_at_once_and_cannot_sign_in(
    console: Console, make_user: Callable[..., Account]
) -> None:
    person = make_user(Role.REFERENT)
    client = console.signed_in(person)
    assert client.get("/console/").status_code == 200
    with console.database.session(write=True) as session:
        deactivate_user(session, person.user_id)
    assert client.get("/console/").status_code == 303
    again = console.client().post("/console/login", {"email": person.email, "password": person.password})
    assert again.status_code == 401
    with console.database.session() as session:
        assert (
            session.scalar(select(ConsoleSession.id).where(ConsoleSession.user_id == person.user_id))
            is not None
        )
