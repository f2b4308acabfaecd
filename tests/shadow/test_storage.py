"""Stored results (SQLite and PostgreSQL), and the DPO's reveal with its audit event."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from egide.audit import AuditLog
from egide.errors import AccessDenied, NotFound
from egide.governance import Role, add_user
from egide.shadow.directory import Directory
from egide.shadow.events import RevealPurpose
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.reveal import reveal_identity, reveal_report
from egide.shadow.storage import (
    dashboard,
    delete_scan,
    first_seen_by_host,
    get_scan,
    list_scans,
    load_usage,
    save_scan,
)
from egide.shadow.views import build
from egide.store import Database
from egide.store.models.shadow import ShadowIdentity
from tests.governance.reviewed import approve_reviewed

from .conftest import SAMPLES, SECRET, Scan


def _people(database: Database) -> tuple[int, int]:
    with database.session(write=True) as session:
        dpo = add_user(session, name="Déléguée Protection", email="dpo@chu-exemple.fr", role=Role.DPO)
        rssi = add_user(session, name="Responsable Sécurité", email="rssi@chu-exemple.fr", role=Role.RSSI)
    return dpo.id, rssi.id


def _events(database: Database, secret_key: str, kind: str) -> list[dict[str, object]]:
    return [
        {**e.data, "actor_user_id": e.actor_user_id}
        for e in AuditLog(database, secret_key).events()
        if e.kind == kind
    ]


def test_scan_is_stored_and_read_back(database: Database, secret_key: str, run_scan: Scan) -> None:
    result = run_scan("squid_access.log", "bluecoat_w3c.log", users=Directory.load(SAMPLES / "users.csv"))
    with database.session() as session:
        assert dashboard(session) is None
    with database.session(write=True) as session:
        save_scan(session, result, UserPseudonyms(SECRET))
    with database.session() as session:
        shown = dashboard(session)
    assert shown is not None and shown[0].id == result.id and shown[1] == build(result.rows)
    with database.session() as session:
        summary = get_scan(session)
        assert summary.id == result.id
        assert (summary.lines, summary.malformed, summary.ai_requests) == (36, 7, result.ai_requests)
        assert summary.formats == ("squid", "w3c")
        assert summary.uploads_known
        assert summary.period_start == result.period_start
        assert [s.id for s in list_scans(session)] == [result.id]
        assert load_usage(session, result.id) == result.rows
        sealed = session.scalars(select(ShadowIdentity.sealed)).all()
    assert len(sealed) == len(result.identities)
    assert all(b"jdupont" not in blob for blob in sealed)
    recorded = _events(database, secret_key, "shadow.scan_recorded")
    assert (
        recorded and recorded[0]["scan_id"] == result.id and recorded[0]["ai_requests"] == result.ai_requests
    )
    assert AuditLog(database, secret_key).verify().ok


def test_identities_are_stored_once_and_forgotten_with_the_last_scan(
    database: Database, secret_key: str, run_scan: Scan
) -> None:
    first, second = run_scan("squid_access.log"), run_scan("squid_access.log")
    with database.session(write=True) as session:
        save_scan(session, first, UserPseudonyms(SECRET))
    with database.session(write=True) as session:
        save_scan(session, second, UserPseudonyms(SECRET))
    with database.session() as session:
        assert len(session.scalars(select(ShadowIdentity.pseudonym)).all()) == len(first.identities)
        assert len(list_scans(session)) == 2
    with database.session(write=True) as session:
        assert delete_scan(session, first.id) == 0  # the second scan still uses every pseudonym
    with database.session() as session:
        assert [s.id for s in list_scans(session)] == [second.id]
        assert load_usage(session, first.id) == []
        with pytest.raises(NotFound):
            get_scan(session, first.id)
    with database.session(write=True) as session:
        assert delete_scan(session, second.id) == len(second.identities)
    with database.session() as session:
        assert session.scalars(select(ShadowIdentity.pseudonym)).all() == []
    deleted = _events(database, secret_key, "shadow.scan_deleted")
    assert [(e["scan_id"], e["identities_removed"]) for e in deleted] == [
        (first.id, 0),
        (second.id, len(second.identities)),
    ]


def test_only_the_dpo_reveals_and_it_is_audited(database: Database, secret_key: str, run_scan: Scan) -> None:
    dpo_id, _rssi_id = _people(database)
    result = run_scan("squid_access.log")
    pseudonymiser = UserPseudonyms(SECRET)
    with database.session(write=True) as session:
        save_scan(session, result, pseudonymiser)
    target = pseudonymiser.pseudonym("jdupont")
    with database.session(write=True) as session, pytest.raises(AccessDenied):
        reveal_identity(
            session,
            target,
            actor="rssi@chu-exemple.fr",
            purpose=RevealPurpose.AWARENESS,
            pseudonymiser=pseudonymiser,
        )
    assert _events(database, secret_key, "shadow.identity_revealed") == []
    with database.session(write=True) as session:
        identity = reveal_identity(
            session,
            target,
            actor="dpo@chu-exemple.fr",
            purpose=RevealPurpose.SECURITY_INCIDENT,
            pseudonymiser=pseudonymiser,
            scan_id=result.id,
        )
    assert identity == "jdupont"
    events = _events(database, secret_key, "shadow.identity_revealed")
    assert events == [
        {
            "pseudonym": target,
            "purpose": "security_incident",
            "scan_id": result.id,
            "actor_user_id": dpo_id,
        }
    ]
    assert "jdupont" not in str(events)  # the chain records the pseudonym, never the identity
    with database.session(write=True) as session, pytest.raises(NotFound):
        reveal_identity(
            session,
            "u-000000000000",
            actor=str(dpo_id),
            purpose=RevealPurpose.AWARENESS,
            pseudonymiser=pseudonymiser,
        )
    assert AuditLog(database, secret_key).verify().ok


def test_revealed_report(database: Database, secret_key: str, run_scan: Scan) -> None:
    dpo_id, _ = _people(database)
    result = run_scan("combined_access.log")
    with database.session(write=True) as session, pytest.raises(AccessDenied):
        reveal_report(session, result, actor="rssi@chu-exemple.fr", purpose=RevealPurpose.AWARENESS)
    with database.session(write=True) as session:
        revealed = reveal_report(session, result, actor="dpo@chu-exemple.fr", purpose=RevealPurpose.AWARENESS)
    assert revealed.revealed and not result.revealed
    assert {row.user for row in revealed.rows} == {"alice", "bob", "carol", "dave"}
    assert [e["actor_user_id"] for e in _events(database, secret_key, "shadow.report_revealed")] == [dpo_id]
    with database.session(write=True) as session, pytest.raises(ValueError):
        save_scan(session, revealed, UserPseudonyms(SECRET))


def test_registry_tools_drive_the_classification(database: Database, run_scan: Scan) -> None:
    from egide.governance import add_tool, suspend_tool
    from egide.shadow.classify import Kind
    from egide.shadow.registry import registry_tools

    with database.session(write=True) as session:
        mistral = add_tool(
            session, name="Mistral sous contrat", base_url="https://api.mistral.ai/v1", confidentiality="contracted",
            models={"mistral-large": "mistral-large-latest"},
        )  # fmt: skip
        approve_reviewed(session, mistral.id)
        old = add_tool(
            session, name="Ancien pilote", base_url="https://chatgpt.com/v1", confidentiality="public",
            models={"pilote": "gpt-4o"},
        )  # fmt: skip
        approve_reviewed(session, old.id)
        suspend_tool(session, old.id)
        add_tool(
            session, name="Local", base_url="builtin:apercu", confidentiality="on_premise", models={"x": "y"}
        )
    with database.session() as session:
        tools = registry_tools(session)
    assert {(t.name, t.host, t.status) for t in tools} == {
        ("Mistral sous contrat", "api.mistral.ai", "approved"),
        ("Ancien pilote", "chatgpt.com", "suspended"),
    }
    result = run_scan("bluecoat_w3c.log", approved=tools)
    kinds = {row.destination.host: (row.destination.kind, row.destination.tool) for row in result.rows}
    assert kinds["api.mistral.ai"] == (Kind.APPROVED, "Mistral sous contrat")
    assert kinds["chatgpt.com"] == (
        Kind.UNAPPROVED,
        "Ancien pilote (suspended)",
    )  # a suspended tool still in use
    assert kinds["claude.ai"] == (Kind.UNAPPROVED, "")
    assert result.approved_tools == 1


def test_first_seen_across_scans(database: Database, run_scan: Scan) -> None:
    from datetime import UTC, datetime

    squid, w3c = run_scan("squid_access.log"), run_scan("bluecoat_w3c.log")
    for result in (squid, w3c):
        with database.session(write=True) as session:
            save_scan(session, result, UserPseudonyms(SECRET))
    with database.session() as session:
        everything = first_seen_by_host(session)
        before_w3c = first_seen_by_host(session, before=w3c.id)
    # chatgpt.com: 09:00:00.123 in the Squid log, 09:01 in the W3C one.
    assert everything["chatgpt.com"] == datetime(2025, 11, 3, 9, 0, 0, 123000, tzinfo=UTC)
    assert "notes.scribe.ai" in everything and "notes.scribe.ai" not in before_w3c
    assert set(before_w3c) == {row.destination.host for row in squid.rows}
