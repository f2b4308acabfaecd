"""The referential in use with, for each requirement, its evidence and the DPO's status.

What the console's page, the compliance report and ``egide compliance show`` display: one function,
so that the three never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from egide.audit.log import ChainReport
from egide.compliance.adoption import ReferentialInUse, in_use
from egide.compliance.evidence import Evidence, EvidenceContext, compute
from egide.compliance.facts import Facts
from egide.compliance.referential import Requirement
from egide.compliance.statuses import NOT_ASSESSED, StatusView, current_statuses
from egide.store.types import utcnow


@dataclass(frozen=True)
class RequirementRow:
    requirement: Requirement
    source_name: str
    evidence: tuple[Evidence, ...]
    status: StatusView | None

    @property
    def to_review(self) -> bool:
        """The status was set on another wording of the requirement (a later version changed it)."""
        return self.status is not None and self.status.requirement_digest != self.requirement.digest

    @property
    def status_label(self) -> str:
        if self.status is None:
            return NOT_ASSESSED
        return self.status.status.label + (" (à revoir)" if self.to_review else "")

    @property
    def status_code(self) -> str:
        return "unassessed" if self.status is None else self.status.status.value


@dataclass(frozen=True)
class Overview:
    referential: ReferentialInUse
    rows: tuple[RequirementRow, ...]
    chain: ChainReport | None
    generated_at: datetime

    def totals(self) -> list[tuple[str, int]]:
        """(status label, count), statuses in a fixed order, « non évaluée » last."""
        counts = Counter(row.status_label.replace(" (à revoir)", "") for row in self.rows)
        order = ["conforme", "partiellement conforme", "non conforme", "non applicable", NOT_ASSESSED]
        return [(label, counts[label]) for label in order if counts[label]]

    @property
    def to_review(self) -> int:
        return sum(row.to_review for row in self.rows)


def overview(
    session: Session, facts: Facts, *, chain: ChainReport | None = None, now: datetime | None = None
) -> Overview:
    current = in_use(session)
    referential = current.loaded.referential
    context = EvidenceContext(session, facts, chain, now or utcnow())
    found = compute((key for r in referential.requirements for key in r.evidence), context)
    statuses = current_statuses(session)
    rows = tuple(
        RequirementRow(
            requirement=requirement,
            source_name=referential.source_name(requirement.source),
            evidence=tuple(found[key] for key in requirement.evidence),
            status=statuses.get(requirement.id),
        )
        for requirement in referential.requirements
    )
    return Overview(current, rows, chain, context.now)
