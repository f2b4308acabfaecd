"""The check before sending goes through the gateway's own path and writes nothing."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from sqlalchemy import func, select

from egide.errors import AccessDenied, InputError, NotFound
from egide.gateway.check import check_text
from egide.gateway.routes.chat import answer
from egide.store.models.audit import AuditRecord
from tests.assistant.conftest import LETTER, LETTER_VALUES, Assistant


def _records(assistant: Assistant) -> int:
    with assistant.database.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditRecord)) or 0)


def test_check_shows_findings_and_the_exact_outgoing_text(assistant: Assistant) -> None:
    before = _records(assistant)
    report = check_text(assistant.gateway, assistant.person_id, "contrat", LETTER, request_id="req_check1")
    assert report.action == "pseudonymise"
    found = {LETTER[f.start : f.end] for f in report.findings}
    for value in ("Jeanne DUPONT", "03/02/1961", "06 12 34 56 78"):
        assert value in found
    assert {"identité", "date de naissance", "téléphone"} <= {f.category for f in report.findings}
    assert report.outgoing is not None and report.refusal is None
    for value in LETTER_VALUES:
        assert value not in report.outgoing
    assert "amoxicilline" in report.outgoing  # the medicine stays readable
    assert _records(assistant) == before  # no audit event, nothing kept


def test_check_outgoing_text_is_what_the_send_really_forwards(
    assistant: Assistant, model_server: Any
) -> None:
    report = check_text(
        assistant.gateway,
        assistant.person_id,
        "contrat",
        LETTER,
        request_id="req_c",
        conversation_id="conv-1",
    )
    body = {"model": "contrat", "messages": [{"role": "user", "content": LETTER}]}
    prepared = assistant.gateway.prepare_for_person(
        assistant.person_id, "chat.completions", body, "req_send", "conv-1"
    )
    sent = prepared.outgoing["messages"][-1]["content"]
    assert sent == report.outgoing

    async def run() -> str:
        response = await answer(assistant.gateway, assistant.backends, prepared)
        return bytes(response.body).decode()  # type: ignore[attr-defined]

    text = anyio.run(run)
    data = json.loads(text)
    # the recording server echoes what it received: the pseudonymised letter; the person gets it restored
    assert "Jeanne DUPONT" in data["choices"][0]["message"]["content"]
    assert data["egide"]["request_id"] == "req_send"
    received = model_server.recorder.requests[-1].body
    assert "DUPONT" not in received and "06 12 34 56 78" not in received


def test_public_tool_refuses_with_categories_named(assistant: Assistant) -> None:
    report = check_text(assistant.gateway, assistant.person_id, "public", LETTER, request_id="req_p")
    assert report.action == "block" and report.outgoing is None
    assert report.refusal is not None and "NOM" in report.refusal and "identité" in report.refusal
    assert "Retirez-les" in report.refusal
    assert report.findings  # what to remove, with offsets
    for value in LETTER_VALUES:
        assert value not in report.refusal


def test_plain_question_leaves_as_written(assistant: Assistant) -> None:
    question = "Quelle est la posologie usuelle de l'amoxicilline chez l'adulte ?"
    report = check_text(assistant.gateway, assistant.person_id, "public", question, request_id="req_q")
    assert (report.action, report.outgoing, report.findings) == ("allow", question, [])


def test_the_gate_applies_to_the_check_and_the_send(assistant: Assistant) -> None:
    with pytest.raises(AccessDenied) as refused:
        check_text(assistant.gateway, assistant.untrained_id, "contrat", "Bonjour", request_id="req_u")
    assert refused.value.code == "training_required"
    before = _records(assistant)
    body = {"model": "contrat", "messages": [{"role": "user", "content": "Bonjour"}]}
    with pytest.raises(AccessDenied):
        assistant.gateway.prepare_for_person(assistant.untrained_id, "chat.completions", body, "req_u2")
    assistant.gateway.writer.close()  # refusals are queued to the audit writer: written now
    with assistant.database.session() as session:
        kinds = session.scalars(select(AuditRecord.kind).where(AuditRecord.seq > before)).all()
    assert list(kinds) == ["gateway.refused"]  # the send's refusal is audited, the check's is not


def test_bad_input_is_refused_clearly(assistant: Assistant) -> None:
    with pytest.raises(InputError):
        check_text(assistant.gateway, assistant.person_id, "contrat", "   ", request_id="r")
    with pytest.raises(InputError):
        check_text(
            assistant.gateway, assistant.person_id, "contrat", "x", [{"role": "system"}], request_id="r"
        )
    with pytest.raises(NotFound):
        check_text(assistant.gateway, assistant.person_id, "inconnu", "Bonjour", request_id="r")
