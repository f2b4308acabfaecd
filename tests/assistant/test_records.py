"""Verdicts, incidents and conversations kept: audit events without text, sealed text, owners only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from egide.assistant import (
    AssistantConfig,
    delete_conversation,
    list_conversations,
    list_incidents,
    load_conversation,
    purge_expired,
    record_verification,
    report_incident,
    save_conversation,
)
from egide.audit import AuditLog
from egide.errors import Conflict, InputError, NotFound
from egide.store.models.assistant import AssistantIncident, SavedConversation
from egide.store.models.audit import AuditRecord
from egide.store.types import utcnow
from tests.assistant.conftest import LETTER, Assistant, trained_person
from tests.gateway.conftest import SECRET


def _sent(assistant: Assistant, request_id: str, alias: str = "contrat") -> None:
    body = {"model": alias, "messages": [{"role": "user", "content": LETTER}]}
    assistant.gateway.prepare_for_person(assistant.person_id, "chat.completions", body, request_id)


def test_a_verdict_copies_tool_model_and_counts_from_the_gateway(assistant: Assistant) -> None:
    _sent(assistant, "req_v1")
    with assistant.database.session(write=True) as session:
        event = record_verification(session, assistant.person_id, "req_v1", "corrected")
    assert event.kind == "assistant.verification" and event.verdict == "corrected"
    assert event.model == "contrat" and event.action == "pseudonymise"
    assert event.counts["NOM"] >= 1 and event.counts["TELEPHONE"] == 1
    with assistant.database.session(write=True) as session, pytest.raises(Conflict):
        record_verification(session, assistant.person_id, "req_v1", "verified")
    stored = [e for e in AuditLog(assistant.database, SECRET).events() if e.kind == "assistant.verification"]
    assert len(stored) == 1 and stored[0].data["verdict"] == "corrected"


def test_only_ones_own_answer_can_be_verified(assistant: Assistant) -> None:
    _sent(assistant, "req_v2")
    other = trained_person(assistant.database, "autre@chu.test")
    with assistant.database.session(write=True) as session, pytest.raises(NotFound):
        record_verification(session, other, "req_v2", "verified")
    with assistant.database.session(write=True) as session, pytest.raises(NotFound):
        record_verification(session, assistant.person_id, "req_unknown", "verified")
    with assistant.database.session(write=True) as session, pytest.raises(InputError):
        record_verification(session, assistant.person_id, "req_v2", "ok")


def test_an_incident_keeps_its_comment_masked_and_sealed(assistant: Assistant) -> None:
    _sent(assistant, "req_i1")
    comment = "La réponse cite Mme Jeanne DUPONT et le 06 12 34 56 78 : dose d'amoxicilline fausse."
    with assistant.database.session(write=True) as session:
        event = report_incident(
            session, assistant.gateway.detector, assistant.person_id, "erreur_factuelle", comment, "req_i1"
        )
    assert event.kind == "assistant.incident" and event.tool_id is not None and event.has_comment
    with assistant.database.session() as session:
        raw = session.scalars(select(AssistantIncident.sealed_comment)).one()
        views = list_incidents(session)
    assert raw is not None and b"DUPONT" not in raw and b"amoxicilline" not in raw  # sealed
    assert len(views) == 1
    shown = views[0].comment
    assert "DUPONT" not in shown and "06 12 34 56 78" not in shown
    assert "[NOM]" in shown and "amoxicilline" in shown
    assert views[0].reporter == "Claire Soignante" and views[0].tool == "Sous contrat"
    with assistant.database.session(write=True) as session, pytest.raises(InputError):
        report_incident(session, assistant.gateway.detector, assistant.person_id, "inconnue")


def test_a_conversation_is_kept_sealed_for_its_owner_then_purged(assistant: Assistant) -> None:
    config = AssistantConfig(retention_days=7)
    conversation = {
        "title": "Lettre de Mme DUPONT",
        "messages": [
            {"role": "user", "content": LETTER},
            {"role": "assistant", "content": "Réponse", "meta": {"tool": "Sous contrat", "request_id": "r1"}},
        ],
    }
    with assistant.database.session(write=True) as session:
        cid = save_conversation(session, assistant.person_id, conversation, config)
    with assistant.database.session() as session:
        sealed = session.scalars(select(SavedConversation.sealed)).one()
        assert b"DUPONT" not in sealed
        assert [v.title for v in list_conversations(session, assistant.person_id)] == ["Lettre de Mme DUPONT"]
        assert load_conversation(session, assistant.person_id, cid)["messages"][0]["content"] == LETTER
        other = trained_person(assistant.database, "voisin@chu.test")
        with pytest.raises(NotFound):
            load_conversation(session, other, cid)
        assert list_conversations(session, other) == []
    with assistant.database.session(write=True) as session, pytest.raises(NotFound):
        delete_conversation(session, other, cid)
    # past the retention: purged, with one audit event
    with assistant.database.session(write=True) as session:
        assert purge_expired(session, config, now=utcnow() + timedelta(days=6)) == 0
        assert purge_expired(session, config, now=utcnow() + timedelta(days=8)) == 1
    with assistant.database.session(write=True) as session:
        cid = save_conversation(session, assistant.person_id, conversation, config)
        delete_conversation(session, assistant.person_id, cid)
    with assistant.database.session() as session:
        assert session.scalars(select(SavedConversation)).all() == []
        kinds = session.scalars(
            select(AuditRecord.kind).where(AuditRecord.kind.like("assistant.%")).order_by(AuditRecord.seq)
        ).all()
    assert list(kinds) == [
        "assistant.conversation_saved",
        "assistant.conversations_purged",
        "assistant.conversation_saved",
        "assistant.conversation_deleted",
    ]


def test_a_shorter_retention_applies_to_what_is_kept(assistant: Assistant) -> None:
    conversation = {"title": "t", "messages": [{"role": "user", "content": "Bonjour"}]}
    with assistant.database.session(write=True) as session:
        save_conversation(session, assistant.person_id, conversation, AssistantConfig(retention_days=30))
    with assistant.database.session(write=True) as session:
        assert (
            purge_expired(session, AssistantConfig(retention_days=2), now=utcnow() + timedelta(days=3)) == 1
        )


def test_bad_conversations_are_refused(assistant: Assistant) -> None:
    config = AssistantConfig()
    for bad in [None, {"messages": []}, {"messages": [{"role": "system", "content": "x"}]}, {"title": 3}]:
        with assistant.database.session(write=True) as session, pytest.raises(InputError):
            save_conversation(session, assistant.person_id, bad, config)
