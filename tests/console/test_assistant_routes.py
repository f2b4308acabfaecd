"""The assistant's endpoints through the console (session, CSRF, roles) and the gateway's path.

Uses « aperçu » (built in, no network): it answers with what would have left, pseudonyms in place.
The last test reads the database file, the audit trail and the logs after a whole session of the
page: nothing of the letter is there unless the conversation is saved, and then only sealed.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from egide.audit import AuditLog, export_events
from egide.gateway.logs import JsonFormatter
from egide.governance import Role, accept_charter, record_training
from tests.console.conftest import SECRET, Account, Console, ConsoleClient

LETTER = (
    "Je vous adresse Mme Jeanne DUPONT, née le 03/02/1961, tél. 06 12 34 56 78, pour une pneumopathie "
    "traitée par amoxicilline 1 g trois fois par jour."
)
VALUES = ["Jeanne DUPONT", "03/02/1961", "06 12 34 56 78", "pour une pneumopathie traitée"]
_TOKEN = re.compile(r'data-csrf="([^"]+)"')


def _trained(console: Console, account: Account) -> None:
    with console.database.session(write=True) as session:
        record_training(session, account.user_id, completed_on=date.today() - timedelta(days=1))
        accept_charter(session, account.user_id)


def _page_token(client: ConsoleClient) -> str:
    page = client.get("/console/assistant")
    assert page.status_code == 200
    found = _TOKEN.search(page.text)
    assert found
    return found.group(1)


def _post(client: ConsoleClient, path: str, body: object, token: str) -> object:
    return client.http.post("/console/assistant" + path, json=body, headers={"X-CSRF-Token": token})


def _events(sse: str) -> list[dict[str, object]]:
    return [
        json.loads(line[5:]) for line in sse.splitlines() if line.startswith("data:") and "[DONE]" not in line
    ]


def test_check_send_verify_through_the_console(
    sqlite_console: Console, make_user: Callable[..., Account], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    account = make_user(Role.PROFESSIONAL)
    _trained(sqlite_console, account)
    client = sqlite_console.signed_in(account)
    http = client.http
    token = _page_token(client)
    checked = _post(client, "/check", {"tool": "apercu", "text": LETTER, "conversation": "c1"}, token)
    assert checked.status_code == 200  # type: ignore[attr-defined]
    report = checked.json()  # type: ignore[attr-defined]
    assert report["action"] == "pseudonymise" and "DUPONT" not in report["outgoing"]
    assert {"identité", "date de naissance", "téléphone"} <= set(report["by_category"])

    sent = _post(client, "/send", {"tool": "apercu", "text": LETTER, "conversation": "c1"}, token)
    assert sent.status_code == 200  # type: ignore[attr-defined]
    assert sent.headers["content-type"].startswith("text/event-stream")  # type: ignore[attr-defined]
    events = _events(sent.text)  # type: ignore[attr-defined]
    marker = events[0]["egide"]
    assert isinstance(marker, dict) and marker["tool"] == "aperçu" and marker["ai_generated"] is True
    text = "".join(
        c["delta"].get("content") or ""
        for e in events
        for c in e.get("choices", [])  # type: ignore[union-attr]
    )
    assert report["outgoing"].replace("\n", "\\n") in text  # exactly what the check showed

    verified = _post(client, "/verify", {"request_id": marker["request_id"], "verdict": "rejected"}, token)
    assert verified.json() == {"verdict": "rejected", "label": "rejeté"}  # type: ignore[attr-defined]
    again = _post(client, "/verify", {"request_id": marker["request_id"], "verdict": "verified"}, token)
    assert again.status_code == 409  # type: ignore[attr-defined]

    marks = _post(client, "/highlight", {"text": "amoxicilline 1 g le 12/03/2027"}, token).json()  # type: ignore[attr-defined]
    assert [m["kind"] for m in marks["marks"]] == ["drug", "dose", "date"]

    refused = _post(client, "/check", {"tool": "apercu", "text": ""}, token)
    assert refused.status_code == 400 and "vide" in refused.json()["error"]  # type: ignore[attr-defined]
    no_token = http.post("/console/assistant/check", json={"tool": "apercu", "text": LETTER})
    assert no_token.status_code == 403

    stored = b"".join(
        p.read_bytes() for p in sqlite_console.settings.data_dir.iterdir() if p.name.startswith("egide.db")
    )
    exported = io.StringIO()
    export_events(AuditLog(sqlite_console.database, SECRET).events(), exported, "json")
    logs = "\n".join(JsonFormatter().format(r) + " " + r.getMessage() for r in caplog.records)
    for value in VALUES:
        assert value.encode() not in stored, f"database holds {value!r}"
        assert value not in exported.getvalue(), f"audit trail holds {value!r}"
        assert value not in logs, f"logs hold {value!r}"
    assert '"assistant.verification"' in exported.getvalue()


def test_an_untrained_person_is_refused_and_audited(
    sqlite_console: Console, make_user: Callable[..., Account]
) -> None:
    account = make_user(Role.PROFESSIONAL)
    client = sqlite_console.signed_in(account)
    token = _page_token(client)
    sent = _post(client, "/send", {"tool": "apercu", "text": "Bonjour"}, token)
    assert sent.status_code == 403  # type: ignore[attr-defined]
    body = sent.json()  # type: ignore[attr-defined]
    assert body["code"] == "training_required" and "Mon compte" in body["error"]


def test_saved_conversations_are_the_owners(
    sqlite_console: Console, make_user: Callable[..., Account]
) -> None:
    owner, other = make_user(Role.PROFESSIONAL), make_user(Role.REFERENT)
    client = sqlite_console.signed_in(owner)
    token = _page_token(client)
    conversation = {"title": "Lettre", "messages": [{"role": "user", "content": LETTER}]}
    saved = _post(client, "/conversations", {"conversation": conversation}, token).json()  # type: ignore[attr-defined]
    cid = saved["id"]
    assert client.get(f"/console/assistant/conversations/{cid}").json()["conversation"]["title"] == "Lettre"
    assert "Lettre" in client.get("/console/assistant").text
    intruder = sqlite_console.signed_in(other)
    assert intruder.get(f"/console/assistant/conversations/{cid}").status_code == 404
    assert intruder.post(f"/console/assistant/conversations/{cid}/delete").status_code == 404
    deleted = client.post(f"/console/assistant/conversations/{cid}/delete")
    assert deleted.status_code == 303
    assert client.get(f"/console/assistant/conversations/{cid}").status_code == 404


def test_only_the_dpo_reads_the_incidents(sqlite_console: Console, make_user: Callable[..., Account]) -> None:
    professional = sqlite_console.signed_in(make_user(Role.PROFESSIONAL))
    token = _page_token(professional)
    reported = _post(professional, "/incident", {"category": "autre", "comment": "Mme Jeanne DUPONT"}, token)
    assert reported.status_code == 200  # type: ignore[attr-defined]
    assert professional.get("/console/assistant/incidents").status_code == 403
    page = sqlite_console.signed_in(make_user(Role.DPO)).get("/console/assistant/incidents")
    assert page.status_code == 200 and "[NOM]" in page.text and "DUPONT" not in page.text
