"""The assistant's server keeps no prompt or answer text unless its owner saves the conversation.

A letter is checked, sent (streamed, through the gateway's path for a signed-in person), verified,
reported; then the SQLite file and its write-ahead log, the exported audit trail and every log
record are read for the letter's values and for a sentence of it. Saving the conversation keeps
it, sealed: the plain bytes still hold none of it.
"""

from __future__ import annotations

import io
import logging

import anyio
import pytest

from egide.assistant import AssistantConfig, record_verification, report_incident, save_conversation
from egide.audit import AuditLog, export_events
from egide.gateway.check import check_text
from egide.gateway.logs import JsonFormatter
from egide.gateway.routes.chat import answer
from tests.assistant.conftest import LETTER, LETTER_VALUES, Assistant
from tests.gateway.conftest import SECRET

SENTENCE = "pour une pneumopathie traitée par"


async def _streamed(assistant: Assistant, request_id: str) -> str:
    body = {"model": "contrat", "stream": True, "messages": [{"role": "user", "content": LETTER}]}
    prepared = await anyio.to_thread.run_sync(
        assistant.gateway.prepare_for_person, assistant.person_id, "chat.completions", body, request_id
    )
    response = await answer(assistant.gateway, assistant.backends, prepared)
    chunks = [c if isinstance(c, bytes) else str(c).encode() async for c in response.body_iterator]  # type: ignore[attr-defined]
    return b"".join(chunks).decode()


def _plain_bytes(assistant: Assistant) -> bytes:
    assistant.gateway.writer.close()  # the model's result events, written now
    data_dir = assistant.settings.data_dir
    return b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("egide.db"))


def test_nothing_of_the_letter_is_kept_unless_saved(
    assistant: Assistant, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    report = check_text(assistant.gateway, assistant.person_id, "contrat", LETTER, request_id="req_k0")
    assert report.outgoing is not None
    streamed = anyio.run(_streamed, assistant, "req_k1")
    assert "DUPONT" in streamed  # the person got the names back
    with assistant.database.session(write=True) as session:
        record_verification(session, assistant.person_id, "req_k1", "verified")
        report_incident(session, assistant.gateway.detector, assistant.person_id, "autre", "", "req_k1")

    stored = _plain_bytes(assistant)
    exported = io.StringIO()
    assert export_events(AuditLog(assistant.database, SECRET).events(), exported, "json") >= 5
    logs = "\n".join(JsonFormatter().format(r) + " " + r.getMessage() for r in caplog.records)
    for value in [*LETTER_VALUES, SENTENCE]:
        assert value.encode() not in stored, f"database holds {value!r}"
        assert value not in exported.getvalue(), f"audit trail holds {value!r}"
        assert value not in logs, f"logs hold {value!r}"

    conversation = {"title": "Lettre", "messages": [{"role": "user", "content": LETTER}]}
    with assistant.database.session(write=True) as session:
        save_conversation(session, assistant.person_id, conversation, AssistantConfig())
    stored = _plain_bytes(assistant)
    assert SENTENCE.encode() not in stored and b"DUPONT" not in stored  # kept, but sealed
