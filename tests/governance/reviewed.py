"""Approve a tool the governed way, for tests that need an approved tool: an assessment whose
answers compute the tool's declared class, the three opinions, then the DSIH's decision.

Nothing is bypassed: this calls the same service functions as the console and the command line.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from egide.confidentiality import Confidentiality
from egide.errors import NotFound
from egide.governance import (
    AssessmentInput,
    Role,
    ToolView,
    add_tool,
    add_user,
    approve_tool,
    find_tool,
    find_user,
    give_opinion,
    save_assessment,
)
from egide.governance.classify import AiActRisk, AiActRole, Answer, Hosting, MedicalDevice, Transfers
from egide.governance.people import today

REVIEWERS = {
    Role.ADMIN: ("DSIH revue", "dsih.revue@chu-test.fr"),
    Role.DPO: ("DPO revue", "dpo.revue@chu-test.fr"),
    Role.RSSI: ("RSSI revue", "rssi.revue@chu-test.fr"),
    Role.REFERENT: ("Référent revue", "referent.revue@chu-test.fr"),
}


def _base(until: date) -> AssessmentInput:
    return AssessmentInput(
        vendor="Éditeur test",
        model_name="modele-test",
        model_version="1",
        purpose="Aide à la rédaction de courriers administratifs",
        hosting=Hosting.PROVIDER,
        hosting_country="FR",
        storage_in_eea=Answer.YES,
        inputs_reused_for_training=Answer.NO,
        retention_days=0,
        gdpr_contract=Answer.YES,
        gdpr_contract_expires_on=until,
        transfers_outside_eea=Transfers.NONE,
        ai_act_role=AiActRole.DEPLOYER,
        ai_act_risk=AiActRisk.MINIMAL,
        medical_device=MedicalDevice.NO,
        authorised_uses="Courriers, synthèses de documents non nominatifs",
        forbidden_uses="Aide au diagnostic",
    )


def answers_for(klass: Confidentiality | str, *, until: date | None = None) -> AssessmentInput:
    """A complete assessment whose computed class is ``klass`` on ``today()``."""
    until = until or today() + timedelta(days=365)
    base = _base(until)
    match Confidentiality(klass):
        case Confidentiality.ON_PREMISE:
            return replace(base, hosting=Hosting.ESTABLISHMENT)
        case Confidentiality.HDS:
            return replace(
                base,
                hds_certificate_number="HDS-2025-0042",
                hds_activities=frozenset(range(1, 7)),
                hds_expires_on=until,
            )
        case Confidentiality.CONTRACTED:
            return replace(
                base, hosting_country="US", transfers_outside_eea=Transfers.SAFEGUARDED, retention_days=30
            )
        case Confidentiality.PUBLIC:
            return replace(
                base,
                hosting_country="US",
                storage_in_eea=Answer.NO,
                inputs_reused_for_training=Answer.YES,
                gdpr_contract=Answer.NO,
                gdpr_contract_expires_on=None,
                transfers_outside_eea=Transfers.UNSAFEGUARDED,
                retention_days=3650,
            )
    raise AssertionError(klass)


def reviewer(session: Session, role: Role) -> int:
    """The id of the test account of ``role`` (created the first time)."""
    name, email = REVIEWERS[role]
    try:
        return find_user(session, email).id
    except NotFound:
        return add_user(session, name=name, email=email, role=role).id


def approve_reviewed(session: Session, tool_id: int) -> ToolView:
    """Assess the tool for its declared class, give the three opinions, approve it."""
    tool = find_tool(session, str(tool_id))
    admin = reviewer(session, Role.ADMIN)
    save_assessment(session, tool_id, answers_for(tool.confidentiality), actor_user_id=admin)
    for role in (Role.DPO, Role.RSSI, Role.REFERENT):
        give_opinion(
            session, tool_id, "favourable", "Avis favorable (test)", actor_user_id=reviewer(session, role)
        )
    return approve_tool(session, tool_id, rationale="Approuvé après revue (test)", actor_user_id=admin)


def add_approved(session: Session, base_url: str, tools: list[tuple[str, str, str]]) -> list[ToolView]:
    """Add and approve, the governed way, one tool per ``(name, class, model alias)``, each serving
    its alias as the upstream model ``echo`` at ``base_url``."""
    return [
        approve_reviewed(
            session,
            add_tool(session, name=name, base_url=base_url, confidentiality=klass, models={alias: "echo"}).id,
        )
        for name, klass, alias in tools
    ]
