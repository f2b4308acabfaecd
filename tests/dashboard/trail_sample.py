"""A small audit trail written by hand, around the week of Monday 5 October 2026 in Paris (UTC+2).

Every expected figure of the tests is counted from the table below by hand. Times are UTC; the
comment gives the local day. Events 1, 8 and the last refusal fall outside the week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from egide.assistant.events import AssistantVerification
from egide.audit import AuditLog
from egide.audit.events import AuditEvent
from egide.gateway.events import GatewayAccessRefused, GatewayPolicyDecision, GatewayRequestReceived
from egide.governance import Role, accept_charter, add_tool, add_user, publish_charter, record_training
from egide.store import Database
from egide.store.models.governance import Charter, CharterAcceptance, User


@dataclass(frozen=True)
class People:
    alice: int
    bob: int
    carol: int
    apercu: int  # tool ids
    mistral: int


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=UTC)


def seed_registry(db: Database) -> People:
    """Alice (Cardiologie, trained in September, charter accepted), Bob (Urgences, trained from
    8 October, charter accepted on the 9th), Carol (no service, charter accepted, never trained);
    accounts created and charter published in September."""
    with db.session(write=True) as session:
        alice = add_user(
            session,
            name="Alice Soignante",
            email="alice@chu-exemple.fr",
            role=Role.PROFESSIONAL,
            service="Cardiologie",
        )
        bob = add_user(
            session,
            name="Bob Soignant",
            email="bob@chu-exemple.fr",
            role=Role.PROFESSIONAL,
            service="Urgences",
        )
        carol = add_user(session, name="Carol Interne", email="carol@chu-exemple.fr", role=Role.PROFESSIONAL)
        apercu = add_tool(
            session,
            name="aperçu (test)",
            base_url="builtin:apercu",
            confidentiality="on_premise",
            models={"apercu-test": "apercu"},
        )
        mistral = add_tool(
            session,
            name="Mistral HDS",
            base_url="http://127.0.0.1:9/v1",
            confidentiality="hds",
            models={"mistral": "mistral-small"},
        )
        charter = publish_charter(session, version="2026", title="Charte IA", body="Texte de la charte.")
        record_training(session, alice.id, completed_on=date(2026, 9, 1))
        record_training(session, bob.id, completed_on=date(2026, 10, 8))
        for user_id in (alice.id, bob.id, carol.id):
            accept_charter(session, user_id)
            session.get(User, user_id).created_at = datetime(2026, 9, 1, 8, tzinfo=UTC)  # type: ignore[union-attr]
        session.get(Charter, charter.id).published_at = datetime(2026, 9, 1, 9, tzinfo=UTC)  # type: ignore[union-attr]
        accepted = {
            alice.id: datetime(2026, 9, 2, 9, tzinfo=UTC),
            bob.id: datetime(2026, 10, 9, 10, tzinfo=UTC),
            carol.id: datetime(2026, 10, 1, 9, tzinfo=UTC),
        }
        for row in session.scalars(select(CharterAcceptance)):
            row.accepted_at = accepted[row.user_id]
    return People(alice.id, bob.id, carol.id, apercu.id, mistral.id)


def _request(
    n: int,
    at: datetime,
    actor: int,
    tool: int,
    model: str,
    action: str,
    reason: str | None,
    counts: dict[str, int],
) -> list[AuditEvent]:
    rid = f"req-{n}"
    return [
        GatewayRequestReceived(
            occurred_at=at,
            actor_user_id=actor,
            request_id=rid,
            endpoint="chat.completions",
            tool_id=tool,
            model=model,
        ),
        GatewayPolicyDecision(
            occurred_at=at,
            actor_user_id=actor,
            request_id=rid,
            tool_id=tool,
            confidentiality="hds",
            action=action,
            reason_code=reason,
            counts=counts,
        ),  # type: ignore[arg-type]
    ]


def _verdict(at: datetime, actor: int, request: str, verdict: str, tool: int) -> AuditEvent:
    return AssistantVerification(
        occurred_at=at,
        actor_user_id=actor,
        request_id=request,
        verdict=verdict,
        tool_id=tool,
        model="m",  # type: ignore[arg-type]
    )


def seed_trail(db: Database, secret: str, p: People) -> None:
    events: list[AuditEvent] = [
        # 1. 4 Oct 23:59 in Paris: before the week
        *_request(1, _at(4, 21, 59), p.alice, p.apercu, "apercu-test", "allow", None, {}),
        # 2. 5 Oct 00:00 in Paris: the first instant of the week
        *_request(2, _at(4, 22), p.alice, p.apercu, "apercu-test", "allow", None, {}),
        # 3. 5 Oct
        *_request(3, _at(5, 9), p.alice, p.mistral, "mistral", "pseudonymise", None, {"NOM": 2, "DATE": 1}),
        # 4, 5. 6 Oct: two near-misses with a NIR
        *_request(
            4, _at(6, 10), p.bob, p.mistral, "mistral", "block", "identifying_data", {"NOM": 1, "NIR": 1}
        ),
        *_request(5, _at(6, 11), p.bob, p.mistral, "mistral", "block", "identifying_data", {"NIR": 2}),
        # 6. 7 Oct: detection failed, nothing counted
        *_request(6, _at(7, 12), p.bob, p.apercu, "apercu-test", "block", "detection_failed", {}),
        # 7. 11 Oct 23:30 in Paris: the last hour of the week
        *_request(
            7, _at(11, 21, 30), p.alice, p.apercu, "apercu-test", "pseudonymise", None, {"TELEPHONE": 1}
        ),
        # 8. 12 Oct 00:00 in Paris: after the week
        *_request(8, _at(11, 22), p.bob, p.mistral, "mistral", "block", "identifying_data", {"NOM": 5}),
        GatewayAccessRefused(
            occurred_at=_at(8, 8), actor_user_id=p.carol, reason_code="training_required", status=403
        ),
        GatewayAccessRefused(
            occurred_at=_at(8, 9), actor_user_id=p.carol, reason_code="training_required", status=403
        ),
        GatewayAccessRefused(
            occurred_at=_at(9, 14),
            actor_user_id=p.alice,
            reason_code="model_suspended",
            status=404,
            tool_id=p.mistral,
        ),
        GatewayAccessRefused(occurred_at=_at(12, 8), reason_code="invalid_api_key", status=401),
        # The assistant's verdicts: two on the 6th (Mistral), one on the 9th (aperçu), one after the week.
        _verdict(_at(6, 10, 30), p.alice, "req-3", "verified", p.mistral),
        _verdict(_at(6, 11), p.alice, "req-3", "corrected", p.mistral),
        _verdict(_at(9, 8), p.bob, "req-6", "rejected", p.apercu),
        _verdict(_at(11, 22, 30), p.alice, "req-7", "verified", p.apercu),
    ]
    AuditLog(db, secret).append(*events)
