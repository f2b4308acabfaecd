"""What needs the DSIH's attention: certificates and contracts about to expire, reviews reopened,
approved tools without a complete assessment; and the class lowered when an expiry passes.

A class depends on the day (an HDS certificate or an art. 28 contract expires), while the registry
stores it: :func:`refresh_classes` lowers the registry's class of every tool whose computed class
fell since. ``egide serve`` runs it at start and every hour, ``egide tools alerts`` and the console
run it too, so an expired certificate stops health data the same day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.audit.log import append_events, lock_chain
from egide.confidentiality import Confidentiality
from egide.governance.assessment import effective_class, form_of, missing_fields
from egide.governance.classify import classify
from egide.governance.config import GovernanceConfig
from egide.governance.events import ToolClassApplied
from egide.governance.people import today as utc_today
from egide.governance.tools import BUILTIN_URLS
from egide.governance.types import ToolStatus
from egide.store.models.governance import Tool
from egide.store.models.review import ToolAssessment

#: Days before an expiry from which it is announced, unless the settings say otherwise.
DEFAULT_ALERT_DAYS = GovernanceConfig().alert_days
_ORDER = tuple(Confidentiality)


class AlertKind(StrEnum):
    HDS_CERTIFICATE = "hds_certificate"
    GDPR_CONTRACT = "gdpr_contract"
    REVIEW_REOPENED = "review_reopened"
    NOT_ASSESSED = "not_assessed"


_SAID = {
    AlertKind.HDS_CERTIFICATE: "certificat HDS",
    AlertKind.GDPR_CONTRACT: "contrat RGPD art. 28",
}


@dataclass(frozen=True)
class Alert:
    tool_id: int
    tool_name: str
    kind: AlertKind
    #: The expiry date (certificates and contracts), None otherwise.
    expires_on: date | None
    #: Days left (negative: expired that many days ago), None for the other kinds.
    days_left: int | None
    message: str


def _expiry(tool: Tool, kind: AlertKind, when: date, today: date) -> Alert:
    left = (when - today).days
    what = _SAID[kind]
    if left < 0:
        message = f"{what} expiré depuis le {when:%d/%m/%Y}"
    elif left == 0:
        message = f"{what} expire aujourd'hui"
    else:
        message = f"{what} expire le {when:%d/%m/%Y} (dans {left} jour{'s' if left > 1 else ''})"
    return Alert(tool.id, tool.name, kind, when, left, message)


def alerts(
    session: Session, *, within_days: int = DEFAULT_ALERT_DAYS, today: date | None = None
) -> list[Alert]:
    """Every alert on tools that are not retired, soonest expiry first, then the other kinds."""
    today = today or utc_today()
    horizon = today + timedelta(days=within_days)
    rows = session.execute(
        select(Tool, ToolAssessment)
        .outerjoin(ToolAssessment, ToolAssessment.tool_id == Tool.id)
        .where(Tool.status != ToolStatus.RETIRED.value)
        .order_by(Tool.name)
    ).all()
    expiring: list[Alert] = []
    others: list[Alert] = []
    for tool, row in rows:
        if tool.base_url in BUILTIN_URLS:
            continue
        if row is None or missing_fields(form_of(row)):
            if tool.status == ToolStatus.APPROVED.value:
                others.append(
                    Alert(
                        tool.id,
                        tool.name,
                        AlertKind.NOT_ASSESSED,
                        None,
                        None,
                        "approuvé sans évaluation complète",
                    )
                )
            if row is None:
                continue
        if row.hds_certificate_number and row.hds_expires_on and row.hds_expires_on <= horizon:
            expiring.append(_expiry(tool, AlertKind.HDS_CERTIFICATE, row.hds_expires_on, today))
        if (
            row.gdpr_contract == "yes"
            and row.gdpr_contract_expires_on
            and row.gdpr_contract_expires_on <= horizon
        ):
            expiring.append(_expiry(tool, AlertKind.GDPR_CONTRACT, row.gdpr_contract_expires_on, today))
        if row.review_round > 1 and tool.status == ToolStatus.PROPOSED.value:
            others.append(
                Alert(
                    tool.id,
                    tool.name,
                    AlertKind.REVIEW_REOPENED,
                    None,
                    None,
                    f"nouvelle revue demandée (tour {row.review_round}) : avis et décision à reprendre",
                )
            )
    expiring.sort(key=lambda a: (a.days_left or 0, a.tool_name))
    return expiring + others


def refresh_classes(session: Session, *, today: date | None = None) -> list[int]:
    """Lower the registry's class where the computed class fell (an expiry passed); the tools changed."""
    today = today or utc_today()
    lock_chain(session)  # one process at a time: a class lowered once, one event
    rows = session.execute(
        select(Tool, ToolAssessment)
        .join(ToolAssessment, ToolAssessment.tool_id == Tool.id)
        .where(Tool.status != ToolStatus.RETIRED.value)
    ).all()
    changed: list[int] = []
    for tool, row in rows:
        classification = classify(form_of(row), today)
        effective = effective_class(row, classification)
        previous = Confidentiality(tool.confidentiality)
        if _ORDER.index(effective) < _ORDER.index(previous):
            tool.confidentiality = effective.value
            changed.append(tool.id)
            append_events(
                session,
                ToolClassApplied(
                    tool_id=tool.id,
                    previous_class=previous.value,
                    applied_class=effective.value,
                    reason_codes=[reason.code for reason in classification.reasons],
                ),
            )
    session.flush()
    return changed
