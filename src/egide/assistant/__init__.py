"""The assistant's rules (issue 11): answer highlighting, verdicts, incidents, conversations kept.

The chat itself goes through the gateway's own path (``egide.gateway.check`` and
``Gateway.prepare_for_person``); this package holds what the assistant adds around it. It knows
nothing of HTTP: the console's page calls it.
"""

from egide.assistant.config import AssistantConfig
from egide.assistant.conversations import (
    SavedView,
    delete_conversation,
    list_conversations,
    load_conversation,
    purge_expired,
    reseal_all,
    save_conversation,
)
from egide.assistant.events import (
    INCIDENT_CATEGORIES,
    VERDICTS,
    AssistantConversationDeleted,
    AssistantConversationSaved,
    AssistantConversationsPurged,
    AssistantIncident,
    AssistantVerification,
)
from egide.assistant.highlight import Mark, drug_names, highlight
from egide.assistant.incidents import IncidentView, list_incidents, masked, report_incident
from egide.assistant.verification import record_verification

__all__ = [
    "INCIDENT_CATEGORIES",
    "VERDICTS",
    "AssistantConfig",
    "AssistantConversationDeleted",
    "AssistantConversationSaved",
    "AssistantConversationsPurged",
    "AssistantIncident",
    "AssistantVerification",
    "IncidentView",
    "Mark",
    "SavedView",
    "delete_conversation",
    "drug_names",
    "highlight",
    "list_conversations",
    "list_incidents",
    "load_conversation",
    "masked",
    "purge_expired",
    "record_verification",
    "report_incident",
    "reseal_all",
    "save_conversation",
]
