"""What the compliance documents need from the configuration and the registry, gathered once.

``Facts`` is built by the assembly point (``egide.app.compliance_facts``) from the settings: this
package never reads the settings itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from egide.compliance.config import ComplianceConfig
from egide.confidentiality import Confidentiality
from egide.governance.assessment import AssessmentInput
from egide.governance.tools import BUILTIN_SCHEME, list_tools
from egide.governance.types import ToolStatus, ToolView
from egide.governance.workflow import review

#: What the gateway does with identifying data, per action of the policy matrix.
ACTION_LABELS: dict[str, str] = {
    "block": "bloquer la demande",
    "pseudonymise": "pseudonymiser avant l'envoi",
    "allow": "transmettre telles quelles",
}


@dataclass(frozen=True)
class Facts:
    #: Days the audit journal is kept (``audit.retention_days``).
    retention_days: int
    #: Action of the policy per confidentiality class when a request holds identifying data.
    policy_matrix: Mapping[str, str]
    config: ComplianceConfig = field(default_factory=ComplianceConfig)
    #: How long a conversation's pseudonym mapping outlives its request (``gateway.conversation_mapping_ttl_s``).
    mapping_ttl_s: int = 0
    #: The period the counts of the evidence cover.
    window_days: int = 30

    def action(self, confidentiality: Confidentiality | str) -> str:
        """The policy's action for a class; a class missing from the matrix blocks (as the policy does)."""
        return self.policy_matrix.get(str(confidentiality), "block")


def approved_tools(session: Session) -> list[ToolView]:
    """Approved tools that reach a model (égide's own built-in tools, such as « aperçu », are not one)."""
    return [
        tool
        for tool in list_tools(session)
        if tool.status is ToolStatus.APPROVED and not tool.base_url.startswith(BUILTIN_SCHEME)
    ]


@dataclass(frozen=True)
class AssessedTool:
    """An approved tool with its assessment (None: approved before assessments existed)."""

    tool: ToolView
    form: AssessmentInput | None
    #: The questions not answered (French labels); empty when complete.
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.form is not None and not self.missing


def assessed_tools(session: Session) -> list[AssessedTool]:
    """The approved tools with what their assessment says (``governance.review``)."""
    found = []
    for tool in approved_tools(session):
        state = review(session, tool.id)
        found.append(AssessedTool(tool, state.form, state.missing))
    return found
