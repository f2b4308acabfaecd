"""The review of a tool: proposed → opinions of the DPO, the RSSI and a medical referent → a
decision with its rationale → approved, suspended or retired.

- An opinion (favourable, reserved, unfavourable, with a comment) is given by the DPO, the RSSI
  or a referent, each for their own role, on a complete assessment; it counts in the current
  review round only (a new model version or a higher class opens the next round). The DSIH
  (administrator) decides and does not give an opinion: who decides does not also advise.
- Approval (administrator) needs a complete assessment, no blocking finding (a prohibited AI
  practice, a medical purpose without CE marking), the three opinions of the current round and a
  written rationale. An unfavourable or reserved opinion does not forbid approval — the DPO and
  the others advise, the establishment decides (GDPR art. 38-39) — but the rationale must answer
  it and the approval event names those roles (``against_opinions``).
- Lifting a suspension is an approval too: same conditions, the round's opinions still count.
- Suspension and retirement by decision carry a rationale; the kill switch
  (:func:`egide.governance.tools.suspend_tool`, administrator or RSSI) stays one click.
- égide's own tools (``builtin:…``: nothing leaves the establishment) need no review.

Every step is an audit event; the texts (comments, rationales) stay in their tables and the
events carry their row ids and a keyed digest (see :mod:`egide.governance.events`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.confidentiality import Confidentiality
from egide.errors import Conflict, InputError
from egide.governance.assessment import (
    MAX_TEXT,
    AssessmentInput,
    assessment_row,
    digest,
    effective_class,
    form_of,
    missing_fields,
    require_role,
    tool_row,
)
from egide.governance.classify import Classification, Finding, blocking_findings, classify, notes
from egide.governance.events import ToolOpinionGiven
from egide.governance.people import today as utc_today
from egide.governance.tools import BUILTIN_URLS, TRANSITIONS, find_tool, transition
from egide.governance.types import Role, ToolStatus, ToolView
from egide.store.models.audit import AuditRecord
from egide.store.models.governance import User
from egide.store.models.review import ToolDecision, ToolOpinion


class Verdict(StrEnum):
    FAVOURABLE = "favourable"
    RESERVED = "reserved"
    UNFAVOURABLE = "unfavourable"


#: The roles whose opinion an approval needs, in the order they are shown.
OPINION_ROLES: tuple[Role, ...] = (Role.DPO, Role.RSSI, Role.REFERENT)


@dataclass(frozen=True)
class OpinionView:
    id: int
    review_round: int
    role: Role
    user_id: int
    user_name: str
    verdict: Verdict
    comment: str
    given_at: datetime


@dataclass(frozen=True)
class DecisionView:
    id: int
    review_round: int | None
    outcome: ToolStatus
    rationale: str
    user_id: int | None
    user_name: str | None
    decided_at: datetime


@dataclass(frozen=True)
class ReviewView:
    """Everything the tool's page shows about its review."""

    tool: ToolView
    builtin: bool
    form: AssessmentInput | None
    missing: tuple[str, ...]
    classification: Classification | None
    effective_class: Confidentiality | None
    override_class: Confidentiality | None
    override_justification: str | None
    review_round: int | None
    #: The current round's opinion of each role (the latest it gave), None where none yet.
    opinions: dict[Role, OpinionView | None]
    #: Every opinion ever given, newest first.
    all_opinions: tuple[OpinionView, ...]
    decisions: tuple[DecisionView, ...]
    blocking: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    #: Why approval is refused now (French); empty when it may be approved.
    approval_blockers: tuple[str, ...]


def _opinions(session: Session, tool_id: int) -> list[OpinionView]:
    rows = session.execute(
        select(ToolOpinion, User.name)
        .join(User, User.id == ToolOpinion.user_id)
        .where(ToolOpinion.tool_id == tool_id)
        .order_by(ToolOpinion.given_at.desc(), ToolOpinion.id.desc())
    ).all()
    return [
        OpinionView(
            o.id, o.review_round, Role(o.role), o.user_id, name, Verdict(o.verdict), o.comment, o.given_at
        )
        for o, name in rows
    ]


def _decisions(session: Session, tool_id: int) -> list[DecisionView]:
    rows = session.execute(
        select(ToolDecision, User.name)
        .outerjoin(User, User.id == ToolDecision.user_id)
        .where(ToolDecision.tool_id == tool_id)
        .order_by(ToolDecision.decided_at.desc(), ToolDecision.id.desc())
    ).all()
    return [
        DecisionView(d.id, d.review_round, ToolStatus(d.outcome), d.rationale, d.user_id, name, d.decided_at)
        for d, name in rows
    ]


def review(session: Session, tool_id: int, *, today: date | None = None) -> ReviewView:
    """The tool's assessment, computed class and reasons, opinions, decisions and what approval lacks."""
    tool = find_tool(session, str(tool_id))
    builtin = tool.base_url in BUILTIN_URLS
    row = assessment_row(session, tool_id)
    all_opinions = tuple(_opinions(session, tool_id))
    decisions = tuple(_decisions(session, tool_id))
    if row is None:
        nothing: tuple[str, ...] = () if builtin else ("aucune évaluation enregistrée",)
        return ReviewView(
            tool, builtin, None, (), None, None, None, None, None,
            {role: None for role in OPINION_ROLES}, all_opinions, decisions, (), (), nothing,
        )  # fmt: skip
    form = form_of(row)
    classification = classify(form, today or utc_today())
    current = {role: None for role in OPINION_ROLES} | {
        o.role: o for o in reversed(all_opinions) if o.review_round == row.review_round
    }
    missing = tuple(missing_fields(form))
    blocking = blocking_findings(form)
    blockers: list[str] = []
    if missing:
        blockers.append("évaluation incomplète : " + ", ".join(missing))
    blockers += [finding.text for finding in blocking]
    blockers += [f"avis manquant : {_ROLE_NAMES[role]}" for role in OPINION_ROLES if current[role] is None]
    return ReviewView(
        tool=tool,
        builtin=builtin,
        form=form,
        missing=missing,
        classification=classification,
        effective_class=effective_class(row, classification),
        override_class=Confidentiality(row.override_class) if row.override_class else None,
        override_justification=row.override_justification,
        review_round=row.review_round,
        opinions=current,
        all_opinions=all_opinions,
        decisions=decisions,
        blocking=blocking,
        notes=notes(form),
        approval_blockers=() if builtin else tuple(blockers),
    )


_ROLE_NAMES = {Role.DPO: "DPO", Role.RSSI: "RSSI", Role.REFERENT: "référent médical"}


def _text(value: str, what: str, param: str) -> str:
    value = value.strip()
    if len(value) < 3 or len(value) > MAX_TEXT:
        raise InputError(f"{what} obligatoire (3 à {MAX_TEXT} caractères)", param=param)
    return value


def give_opinion(
    session: Session, tool_id: int, verdict: Verdict | str, comment: str, *, actor_user_id: int | None
) -> OpinionView:
    """The actor's opinion for their own role (DPO, RSSI or referent) in the current round."""
    role = require_role(session, actor_user_id, OPINION_ROLES, "avis sur un outil")
    try:
        verdict = Verdict(verdict)
    except ValueError:
        raise InputError("avis : favourable, reserved ou unfavourable attendu", param="verdict") from None
    comment = _text(comment, "commentaire de l'avis", "comment")
    tool = tool_row(session, tool_id)
    if tool.status == ToolStatus.RETIRED.value:
        raise Conflict("outil retiré : plus d'avis à donner")
    row = assessment_row(session, tool_id)
    if row is None or missing_fields(form_of(row)):
        raise Conflict("l'évaluation de l'outil doit être complète avant les avis")
    assert actor_user_id is not None  # require_role checked it
    opinion = ToolOpinion(
        tool_id=tool_id,
        review_round=row.review_round,
        role=role.value,
        user_id=actor_user_id,
        verdict=verdict.value,
        comment=comment,
    )
    session.add(opinion)
    session.flush()
    append_events(
        session,
        ToolOpinionGiven(
            actor_user_id=actor_user_id,
            tool_id=tool_id,
            opinion_id=opinion.id,
            review_round=row.review_round,
            role=role.value,
            verdict=verdict.value,
            comment_digest=digest(session, comment),
        ),
    )
    return next(o for o in _opinions(session, tool_id) if o.id == opinion.id)


def _record(
    session: Session, tool_id: int, outcome: ToolStatus, rationale: str, actor: int | None
) -> ToolDecision:
    row = assessment_row(session, tool_id)
    decision = ToolDecision(
        tool_id=tool_id,
        review_round=row.review_round if row is not None else None,
        outcome=outcome.value,
        rationale=rationale,
        user_id=actor,
    )
    session.add(decision)
    session.flush()
    return decision


def approve_tool(
    session: Session,
    tool_id: int,
    *,
    rationale: str,
    actor_user_id: int | None,
    today: date | None = None,
) -> ToolView:
    """proposed → approved, or suspended → approved: the decision after the review (see the module)."""
    require_role(session, actor_user_id, (Role.ADMIN,), "décision sur un outil")
    rationale = _text(rationale, "motif de la décision", "rationale")
    state = review(session, tool_id, today=today)
    if state.approval_blockers:
        raise Conflict(
            "approbation impossible : " + " ; ".join(state.approval_blockers), code="review_incomplete"
        )
    if state.tool.status not in (ToolStatus.PROPOSED, ToolStatus.SUSPENDED):
        raise Conflict(f"outil n°{tool_id} : passage de « {state.tool.status} » à « approved » interdit")
    decision = _record(session, tool_id, ToolStatus.APPROVED, rationale, actor_user_id)
    against = sorted(
        role.value
        for role, opinion in state.opinions.items()
        if opinion is not None and opinion.verdict is not Verdict.FAVOURABLE
    )
    return transition(
        session,
        tool_id,
        ToolStatus.APPROVED,
        actor_user_id,
        decision_id=decision.id,
        rationale_digest=digest(session, rationale),
        review_round=state.review_round,
        against_opinions=against,
    )


def decide(
    session: Session,
    tool_id: int,
    outcome: ToolStatus | str,
    rationale: str,
    *,
    actor_user_id: int | None,
    today: date | None = None,
) -> ToolView:
    """The administrator's decision: approve (see :func:`approve_tool`), suspend or retire, with a rationale."""
    try:
        outcome = ToolStatus(outcome)
    except ValueError:
        raise InputError("décision : approved, suspended ou retired attendu", param="outcome") from None
    if outcome is ToolStatus.APPROVED:
        return approve_tool(session, tool_id, rationale=rationale, actor_user_id=actor_user_id, today=today)
    if outcome is ToolStatus.PROPOSED:
        raise InputError("décision : approved, suspended ou retired attendu", param="outcome")
    require_role(session, actor_user_id, (Role.ADMIN,), "décision sur un outil")
    rationale = _text(rationale, "motif de la décision", "rationale")
    tool = tool_row(session, tool_id)
    if outcome is ToolStatus.SUSPENDED and tool.status != ToolStatus.APPROVED.value:
        raise Conflict(f"outil n°{tool_id} : passage de « {tool.status} » à « suspended » interdit")
    if tool.status == ToolStatus.RETIRED.value:
        raise Conflict(f"outil n°{tool_id} : déjà retiré")
    decision = _record(session, tool_id, outcome, rationale, actor_user_id)
    return transition(
        session,
        tool_id,
        outcome,
        actor_user_id,
        decision_id=decision.id,
        rationale_digest=digest(session, rationale),
    )


def possible_decisions(status: ToolStatus) -> tuple[ToolStatus, ...]:
    """The outcomes a decision may have from ``status`` (approval still needs the review complete)."""
    return tuple(target for target in DECISIONS if target in TRANSITIONS[status])


DECISIONS = (ToolStatus.APPROVED, ToolStatus.SUSPENDED, ToolStatus.RETIRED)


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    kind: str
    occurred_at: datetime
    actor_user_id: int | None
    actor_name: str | None
    data: dict[str, Any]


def tool_history(session: Session, tool_id: int, *, limit: int = 200) -> list[HistoryEntry]:
    """The audit events about this tool (``tool.*`` carrying its id), newest first."""
    rows = session.execute(
        select(
            AuditRecord.seq,
            AuditRecord.kind,
            AuditRecord.occurred_at,
            AuditRecord.actor_user_id,
            AuditRecord.canonical,
        )
        .where(AuditRecord.kind.like("tool.%"))
        .order_by(AuditRecord.seq.desc())
    )
    names: dict[int, str] = {row.id: row.name for row in session.execute(select(User.id, User.name))}
    out: list[HistoryEntry] = []
    for seq, kind, occurred_at, actor, canonical in rows:
        data = json.loads(canonical)
        if data.get("tool_id") != tool_id:
            continue
        for column in ("kind", "seq", "recorded_at", "occurred_at", "actor_user_id", "request_id", "tool_id"):
            data.pop(column, None)
        out.append(HistoryEntry(seq, kind, occurred_at, actor, names.get(actor) if actor else None, data))
        if len(out) >= limit:
            break
    return out
