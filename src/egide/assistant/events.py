"""The assistant's audit events: verifications, incidents, conversations kept or deleted.

None holds text: a verdict, the answer's gateway request, its tool and model, the categories of
identifiers the request held and how many (copied from the gateway's own decision event), ids.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from egide.audit.events import AuditEvent

#: « vérifié », « corrigé », « rejeté »: what the professional says of an answer after checking it.
Verdict = Literal["verified", "corrected", "rejected"]
VERDICTS: dict[str, str] = {"verified": "vérifié", "corrected": "corrigé", "rejected": "rejeté"}

IncidentCategory = Literal[
    "donnee_identifiante",  # an identifier reached the model, or would have
    "erreur_factuelle",  # a wrong dose, drug, date or fact
    "reponse_inappropriee",  # advice out of place, bias, tone
    "dysfonctionnement",  # the page or the tool failed
    "autre",
]
INCIDENT_CATEGORIES: dict[str, str] = {
    "donnee_identifiante": "Donnée identifiante transmise ou affichée",
    "erreur_factuelle": "Erreur factuelle (dose, médicament, date…)",
    "reponse_inappropriee": "Réponse inappropriée",
    "dysfonctionnement": "Dysfonctionnement de l'outil",
    "autre": "Autre",
}


class AssistantVerification(AuditEvent):
    """A professional's verdict on an answer of the assistant (``request_id``: the gateway request)."""

    kind: ClassVar[str] = "assistant.verification"
    verdict: Verdict
    tool_id: int
    model: str
    #: Labels of the identifiers found in the request and how many of each (the decision's counts).
    counts: dict[str, int] = Field(default_factory=dict)
    #: What the policy did with the request: allow, pseudonymise.
    action: str | None = None


class AssistantIncident(AuditEvent):
    """An incident reported from the assistant page; its comment is kept sealed, never here."""

    kind: ClassVar[str] = "assistant.incident"
    incident_id: int
    category: IncidentCategory
    tool_id: int | None = None
    has_comment: bool = False


class AssistantConversationSaved(AuditEvent):
    kind: ClassVar[str] = "assistant.conversation_saved"
    conversation_id: str
    messages: int
    retention_days: int


class AssistantConversationDeleted(AuditEvent):
    kind: ClassVar[str] = "assistant.conversation_deleted"
    conversation_id: str


class AssistantConversationsPurged(AuditEvent):
    """The purge of conversations past the DPO's retention (``egide assistant purge`` or the server)."""

    kind: ClassVar[str] = "assistant.conversations_purged"
    count: int
    retention_days: int
