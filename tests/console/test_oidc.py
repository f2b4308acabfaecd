"""Single sign-on against a real OpenID provider on loopback (npm ``oidc-provider`` on Node).

égide is the relying party: code flow with PKCE, ID token checked (signature, issuer, audience,
nonce), role from a claim through the mapping, person matched or created by e-mail; every refusal
an audit event with a code, and a session rotated as with a password.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from egide.app import database_of
from egide.gateway.app import create_app
from egide.governance import Role, add_user, bootstrap, deactivate_user
from egide.store.models.audit import AuditRecord
from egide.store.models.governance import User
from tests.console.conftest import Console, ConsoleClient, console_settings
from tests.console.oidc_provider import Provider, oidc_provider, sign_in_at_provider

CALLBACK = "http://127.0.0.1/console/oidc/callback"
ACCOUNTS: dict[str, dict[str, Any]] = {
    "amorel": {
        "email": "anne.morel@essai.egide.test",
        "email_verified": True,
        "name": "Anne Morel",
        "groups": ["egide-dpo", "personnel"],
    },
    "pgirard": {
        "email": "paul.girard@essai.egide.test",
        "email_verified": True,
        "name": "Paul Girard",
        "groups": ["personnel"],
    },
    "lroux": {
        "email": "Louise.Roux@Essai.egide.test",
        "email_verified": True,
        "name": "Louise Roux",
        "groups": ["egide-soignants", "egide-admin"],
    },
    "nonverif": {
        "email": "x.y@essai.egide.test",
        "email_verified": False,
        "name": "X Y",
        "groups": ["egide-dpo"],
    },
    "sansmail": {"name": "Sans Adresse", "groups": ["egide-dpo"]},
}
MAPPING = {"egide-dpo": "dpo", "egide-admin": "admin", "egide-soignants": "professional"}


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    with oidc_provider(CALLBACK, ACCOUNTS) as running:
        yield running


@dataclass
class Site:
    console: Console

    def sign_in(self, login: str, client: ConsoleClient | None = None) -> tuple[ConsoleClient, Any]:
        client = client or self.console.client()
        start = client.get("/console/oidc/start?suite=%2Fconsole%2Ftools")
        assert start.status_code == 303, start.text
        query = sign_in_at_provider(start.headers["location"], login, CALLBACK)
        response = client.get("/console/oidc/callback", params=query)
        return client, response

    def journal(self, kind: str) -> list[dict[str, Any]]:
        with self.console.database.session() as session:
            rows = session.scalars(
                select(AuditRecord).where(AuditRecord.kind == kind).order_by(AuditRecord.seq)
            ).all()
            return [json.loads(r.canonical) for r in rows]


def _site(tmp_path: Path, provider: Provider, **oidc: Any) -> Iterator[Site]:
    settings = console_settings(tmp_path / "var", oidc=provider.settings(role_mapping=MAPPING, **oidc))
    database = database_of(settings, migrate=True)
    bootstrap(database)
    try:
        yield Site(Console(settings, database, create_app(settings, database=database)))
    finally:
        database.dispose()


@pytest.fixture
def site(tmp_path: Path, provider: Provider) -> Iterator[Site]:
    yield from _site(tmp_path, provider)


@pytest.fixture
def creating_site(tmp_path: Path, provider: Provider) -> Iterator[Site]:
    yield from _site(tmp_path, provider, users="create")


def test_a_known_person_signs_in_with_the_role_of_their_claim(site: Site) -> None:
    with site.console.database.session(write=True) as session:
        person = add_user(
            session, name="Anne Morel", email="anne.morel@essai.egide.test", role=Role.PROFESSIONAL
        )
    login_page = site.console.client().get("/console/login")
    assert 'href="/console/oidc/start"' in login_page.text
    client, response = site.sign_in("amorel")
    assert response.status_code == 303 and response.headers["location"] == "/console/tools"
    page = client.get("/console/tools")
    assert page.status_code == 200  # a DPO now: the professional's role followed the claim
    assert "Délégué à la protection des données" in page.text
    [ok] = site.journal("console.login_succeeded")
    assert (ok["user_id"], ok["method"]) == (person.id, "oidc")
    [synced] = site.journal("console.role_synchronised")
    assert (synced["previous_role"], synced["role"]) == ("professional", "dpo")
    cookie = response.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()


def test_the_highest_mapped_role_wins_and_emails_compare_in_lower_case(site: Site) -> None:
    with site.console.database.session(write=True) as session:
        add_user(session, name="Louise Roux", email="louise.roux@essai.egide.test", role=Role.ADMIN)
    client, response = site.sign_in("lroux")
    assert response.status_code == 303
    assert "Administration (DSIH)" in client.get("/console/").text


def test_an_unknown_person_is_refused_unless_creation_is_allowed(site: Site, creating_site: Site) -> None:
    client, refused = site.sign_in("amorel")
    assert refused.status_code == 403 and "pas enregistré dans égide" in refused.text
    assert client.get("/console/").status_code == 303
    assert [e["reason_code"] for e in site.journal("console.login_failed")] == ["unknown_account"]
    client, created = creating_site.sign_in("amorel")
    assert created.status_code == 303
    with creating_site.console.database.session() as session:
        user = session.scalars(select(User).where(User.email == "anne.morel@essai.egide.test")).one()
    assert (user.name, user.role, user.password_hash) == ("Anne Morel", "dpo", None)


@pytest.mark.parametrize(
    ("login", "code"),
    [("pgirard", "no_role"), ("nonverif", "email_unverified"), ("sansmail", "no_email")],
)
def test_refusals_by_claim(creating_site: Site, login: str, code: str) -> None:
    client, refused = creating_site.sign_in(login)
    assert refused.status_code == 403
    assert client.get("/console/").status_code == 303
    assert [e["reason_code"] for e in creating_site.journal("console.login_failed")] == [code]
    with creating_site.console.database.session() as session:
        assert (
            session.scalar(select(User.id).where(User.email == ACCOUNTS[login].get("email", "-").lower()))
            is None
        )


def test_a_deactivated_person_cannot_sign_in_by_the_provider(site: Site) -> None:
    with site.console.database.session(write=True) as session:
        person = add_user(session, name="Anne Morel", email="anne.morel@essai.egide.test", role=Role.DPO)
        deactivate_user(session, person.id)
    _, refused = site.sign_in("amorel")
    assert refused.status_code == 403
    assert [(e["user_id"], e["reason_code"]) for e in site.journal("console.login_failed")] == [
        (person.id, "inactive")
    ]


def test_a_replayed_or_forged_return_is_refused(site: Site) -> None:
    with site.console.database.session(write=True) as session:
        add_user(session, name="Anne Morel", email="anne.morel@essai.egide.test", role=Role.DPO)
    # a return without the browser's pending cookie (another browser, or an attacker's link)
    client = site.console.client()
    start = client.get("/console/oidc/start")
    query = sign_in_at_provider(start.headers["location"], "amorel", CALLBACK)
    stranger = site.console.client()
    assert stranger.get("/console/oidc/callback", params=query).status_code == 403
    assert client.get("/console/oidc/callback", params=query).status_code == 303  # the browser that asked
    # a tampered state ends the attempt: even the genuine return is refused afterwards
    other = site.console.client()
    start = other.get("/console/oidc/start")
    genuine = sign_in_at_provider(start.headers["location"], "amorel", CALLBACK)
    assert other.get("/console/oidc/callback", params={**genuine, "state": "autre"}).status_code == 403
    assert other.get("/console/oidc/callback", params=genuine).status_code == 403
    # a code already spent, brought back with a fresh state of another attempt
    third = site.console.client()
    start = third.get("/console/oidc/start")
    state = parse_qs(urlsplit(start.headers["location"]).query)["state"][0]
    assert (
        third.get("/console/oidc/callback", params={"code": query["code"], "state": state}).status_code == 403
    )
    codes = [e["reason_code"] for e in site.journal("console.login_failed")]
    assert codes == ["bad_state", "bad_state", "bad_state", "token_exchange_failed"]
    assert len(site.journal("console.login_succeeded")) == 1


def test_signing_in_by_the_provider_rotates_the_session(site: Site) -> None:
    with site.console.database.session(write=True) as session:
        add_user(session, name="Anne Morel", email="anne.morel@essai.egide.test", role=Role.DPO)
    client = site.console.client()
    client.http.cookies.set("egide_session", "planted-by-an-attacker-0123456789abcdef")
    _, response = site.sign_in("amorel", client)
    issued = response.cookies.get("egide_session")
    assert issued and issued != "planted-by-an-attacker-0123456789abcdef"


def test_no_provider_configured_means_no_sso_routes(sqlite_console: Console) -> None:
    client = sqlite_console.client()
    assert client.get("/console/oidc/start").status_code == 404
    assert "/oidc/start" not in client.get("/console/login").text
