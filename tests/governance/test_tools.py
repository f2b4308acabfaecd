"""The registry of tools: lifecycle, aliases, credentials at rest, routing, audit events."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from egide.audit import AuditLog
from egide.errors import ConfigError, Conflict, InputError, NotFound
from egide.governance import (
    Confidentiality,
    Principal,
    Role,
    ToolStatus,
    add_tool,
    list_models,
    list_tools,
    resolve_model,
    retire_tool,
    suspend_tool,
)
from egide.store import Database
from egide.store.models.governance import Tool
from tests.conftest import TEST_SECRET
from tests.governance.reviewed import approve_reviewed

CALLER = Principal(user_id=1, role=Role.PROFESSIONAL, key_id=1, display_name="Dr Anne Morel")
UPSTREAM_KEY = "sk-test-0f3c9d2b7a1e4b8c9d0e1f2a3b4c5d6e"


def _add(db: Database, name: str = "Mistral HDS", alias: str = "mistral-large", **kwargs: object) -> int:
    with db.session(write=True) as session:
        tool = add_tool(
            session,
            name=name,
            base_url="https://llm.example-hds.fr/v1/",
            confidentiality=kwargs.pop("confidentiality", "hds"),  # type: ignore[arg-type]
            models={alias: "mistral-large-2411"},
            api_key=UPSTREAM_KEY,
            **kwargs,  # type: ignore[arg-type]
        )
    return tool.id


def _resolve(db: Database, alias: str = "mistral-large") -> str:
    with db.session() as session:
        return resolve_model(session, CALLER, alias).upstream_model


def test_a_new_tool_is_proposed_and_unreachable_until_approved(database: Database) -> None:
    tool_id = _add(database)
    with pytest.raises(NotFound):
        _resolve(database)
    with database.session(write=True) as session:
        assert approve_reviewed(session, tool_id).status is ToolStatus.APPROVED
    with database.session() as session:
        route = resolve_model(session, CALLER, "mistral-large")
    assert route.tool_id == tool_id
    assert route.base_url == "https://llm.example-hds.fr/v1"  # trailing slash dropped
    assert route.api_key == UPSTREAM_KEY
    assert route.upstream_model == "mistral-large-2411"
    assert route.confidentiality is Confidentiality.HDS
    assert not route.is_builtin


def test_suspending_takes_effect_on_the_next_request_and_can_be_lifted(database: Database) -> None:
    tool_id = _add(database)
    with database.session(write=True) as session:
        approve_reviewed(session, tool_id)
    assert _resolve(database) == "mistral-large-2411"
    with database.session(write=True) as session:
        suspend_tool(session, tool_id)
    with pytest.raises(NotFound) as caught:
        _resolve(database)
    assert caught.value.status_code == 404 and caught.value.param == "model"
    with database.session(write=True) as session:
        approve_reviewed(session, tool_id)
    assert _resolve(database) == "mistral-large-2411"


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], ToolStatus.SUSPENDED),  # proposed → suspended
        ([ToolStatus.RETIRED], ToolStatus.APPROVED),  # retired → approved
        ([ToolStatus.RETIRED], ToolStatus.RETIRED),  # retired twice
        ([ToolStatus.APPROVED], ToolStatus.APPROVED),  # approved twice
    ],
)
def test_transitions_outside_the_workflow_are_conflicts(
    sqlite_database: Database, path: list[ToolStatus], refused: ToolStatus
) -> None:
    change = {
        ToolStatus.APPROVED: approve_reviewed,
        ToolStatus.SUSPENDED: suspend_tool,
        ToolStatus.RETIRED: retire_tool,
    }
    tool_id = _add(sqlite_database)
    with sqlite_database.session(write=True) as session:
        for step in path:
            change[step](session, tool_id)
    with pytest.raises(Conflict), sqlite_database.session(write=True) as session:
        change[refused](session, tool_id)


@pytest.mark.parametrize("start", [[], [ToolStatus.APPROVED], [ToolStatus.APPROVED, ToolStatus.SUSPENDED]])
def test_any_live_tool_can_be_retired(sqlite_database: Database, start: list[ToolStatus]) -> None:
    change = {ToolStatus.APPROVED: approve_reviewed, ToolStatus.SUSPENDED: suspend_tool}
    tool_id = _add(sqlite_database)
    with sqlite_database.session(write=True) as session:
        for step in start:
            change[step](session, tool_id)
        assert retire_tool(session, tool_id).status is ToolStatus.RETIRED


def test_aliases_are_unique_among_live_tools_and_freed_by_retirement(database: Database) -> None:
    first = _add(database)
    with pytest.raises(Conflict):
        _add(database, name="Autre fournisseur")
    with pytest.raises(Conflict):
        _add(database, alias="autre-alias")  # same name
    with database.session(write=True) as session:
        retire_tool(session, first)
    second = _add(database, name="Autre fournisseur")
    with database.session(write=True) as session:
        approve_reviewed(session, second)
        assert resolve_model(session, CALLER, "mistral-large").tool_id == second


@pytest.mark.parametrize(
    "kwargs",
    [
        {"confidentiality": "secret-defense"},
        {"base_url": "ftp://llm.example.fr"},
        {"models": {}},
        {"models": {"mon modèle": "x"}},
        {"name": "  "},
    ],
)
def test_invalid_tools_are_refused(sqlite_database: Database, kwargs: dict[str, object]) -> None:
    arguments: dict[str, object] = {
        "name": "Outil",
        "base_url": "https://llm.example.fr/v1",
        "confidentiality": "public",
        "models": {"gpt": "gpt-4o"},
    }
    arguments.update(kwargs)
    with pytest.raises(InputError), sqlite_database.session(write=True) as session:
        add_tool(session, **arguments)  # type: ignore[arg-type]


def test_the_upstream_credential_is_encrypted_at_rest(database: Database) -> None:
    _add(database)
    with database.session() as session:
        stored = session.scalars(select(Tool.api_key_encrypted)).one()
    assert stored is not None
    assert UPSTREAM_KEY.encode() not in stored
    assert b"0f3c9d2b" not in stored


def test_a_changed_server_secret_cannot_decrypt_credentials(database: Database) -> None:
    tool_id = _add(database)
    with database.session(write=True) as session:
        approve_reviewed(session, tool_id)
    other = Database(database.url.render_as_string(hide_password=False), secret_key="another-secret-" * 3)
    try:
        with pytest.raises(ConfigError), other.session() as session:
            resolve_model(session, CALLER, "mistral-large")
    finally:
        other.dispose()


def test_a_changed_credential_is_used_on_the_next_request(database: Database) -> None:
    # Decrypted credentials are remembered by ciphertext: a new one must never be served stale.
    from egide.governance.crypto import encrypt_credential

    tool_id = _add(database)
    with database.session(write=True) as session:
        approve_reviewed(session, tool_id)
    with database.session() as session:
        assert resolve_model(session, CALLER, "mistral-large").api_key == UPSTREAM_KEY
    with database.session(write=True) as session:
        tool = session.get(Tool, tool_id)
        assert tool is not None
        tool.api_key_encrypted = encrypt_credential(TEST_SECRET, "sk-rotated")
    with database.session() as session:
        assert resolve_model(session, CALLER, "mistral-large").api_key == "sk-rotated"
    with database.session(write=True) as session:
        tool = session.get(Tool, tool_id)
        assert tool is not None
        tool.api_key_encrypted = None
    with database.session() as session:
        assert resolve_model(session, CALLER, "mistral-large").api_key is None


def test_resolve_route_on_a_core_connection_needs_the_secret_only_for_credentials(database: Database) -> None:
    from egide.governance import resolve_route

    with_key = _add(database)
    with database.session(write=True) as session:
        without_key = add_tool(
            session,
            name="Sans clé",
            base_url="http://127.0.0.1:9/v1",
            confidentiality="hds",
            models={"libre": "x"},
        ).id
    with database.session(write=True) as session:
        approve_reviewed(session, with_key)
        approve_reviewed(session, without_key)
    with database.connect() as conn:
        assert resolve_route(conn, TEST_SECRET, "mistral-large").api_key == UPSTREAM_KEY
        assert resolve_route(conn, None, "libre").api_key is None
        with pytest.raises(ConfigError):
            resolve_route(conn, None, "mistral-large")
        with pytest.raises(NotFound):
            resolve_route(conn, TEST_SECRET, "inconnu")


def test_every_status_change_is_seen_by_the_next_resolution(database: Database) -> None:
    tool_id = _add(database)
    with database.session(write=True) as session:
        approve_reviewed(session, tool_id)
    for _ in range(3):  # resolved repeatedly: nothing remembered may outlive a status change
        assert _resolve(database) == "mistral-large-2411"
    with database.session(write=True) as session:
        suspend_tool(session, tool_id)
    with pytest.raises(NotFound):
        _resolve(database)
    with database.session(write=True) as session:
        approve_reviewed(session, tool_id)
    assert _resolve(database) == "mistral-large-2411"
    with database.session(write=True) as session:
        retire_tool(session, tool_id)
    with pytest.raises(NotFound):
        _resolve(database)


def test_list_models_shows_approved_tools_only_and_list_tools_shows_all(database: Database) -> None:
    live = _add(database, name="Contrat A", alias="modele-a", confidentiality="contracted")
    _add(database, name="Proposé B", alias="modele-b")
    with database.session(write=True) as session:
        approve_reviewed(session, live)
    with database.session() as session:
        models = list_models(session, CALLER)
        tools = list_tools(session)
    assert [route.alias for route in models] == ["modele-a"]
    assert {(t.name, t.status, t.aliases) for t in tools} == {
        ("Contrat A", ToolStatus.APPROVED, ("modele-a",)),
        ("Proposé B", ToolStatus.PROPOSED, ("modele-b",)),
    }
    assert all(t.has_credential for t in tools)


def test_registry_changes_are_audited(database: Database) -> None:
    tool_id = _add(database)
    with database.session(write=True) as session:
        approve_reviewed(session, tool_id)
        suspend_tool(session, tool_id, actor_user_id=7)
        retire_tool(session, tool_id, actor_user_id=7)
    log = AuditLog(database, TEST_SECRET)
    events = [e for e in log.events() if e.kind.startswith("tool.")]
    assert [e.kind for e in events] == [
        "tool.added", "tool.assessed", *["tool.opinion_given"] * 3, "tool.approved", "tool.suspended", "tool.retired"
    ]  # fmt: skip
    assert [e.data["tool_id"] for e in events] == [tool_id] * 8
    assert [e.actor_user_id for e in events[-2:]] == [7, 7]
    assert events[-2].data["previous_status"] == "approved"
    assert events[-2].data["decision_id"] is None  # the kill switch: no written decision
    assert UPSTREAM_KEY not in str([e.data for e in events])
    assert log.verify().ok
