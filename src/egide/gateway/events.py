"""The gateway's audit events: what was asked of which tool, what the policy decided, how the model answered.

No field can hold request or answer text: identifiers, model aliases known to the registry,
labels, counts, statuses and durations only. The conversation is identified by a keyed hash.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from egide.audit.events import AuditEvent

Endpoint = Literal["chat.completions", "embeddings"]


class _GatewayEvent(AuditEvent):
    """Abstract base: when the actor is a person named by an application (Open WebUI's forwarded
    user), the application's API key id; None when the actor used their own key."""

    application_key_id: int | None = None


class GatewayRequestReceived(_GatewayEvent):
    """An authenticated request for a known model."""

    kind: ClassVar[str] = "gateway.request"
    endpoint: Endpoint
    tool_id: int
    model: str
    stream: bool = False
    messages: int = 0
    text_parts: int = 0
    #: Keyed hash of the conversation (stable across its turns), never its text.
    conversation: str | None = None


class GatewayPolicyDecision(_GatewayEvent):
    """The policy's decision, with the labels found and how many values of each."""

    kind: ClassVar[str] = "gateway.decision"
    tool_id: int
    confidentiality: str
    action: Literal["allow", "pseudonymise", "block"]
    #: Why a request was blocked: identifying_data, identifying_name (in a function or property name),
    #: unscannable_content, detection_failed, detection_timeout, shared_state_unavailable (Redis did not answer);
    #: or why one with findings was allowed to a class that blocks identifying data: weak_quasi_identifiers
    #: (a year, a place… alone, see egide.policy.weighing).
    reason_code: str | None = None
    counts: dict[str, int] = Field(default_factory=dict)
    unscannable: list[str] = Field(default_factory=list)


class GatewayUpstreamResult(_GatewayEvent):
    """How the model answered: status, duration, and how many values were put back."""

    kind: ClassVar[str] = "gateway.upstream"
    tool_id: int
    #: client_gone: the client closed the connection before the end of a streamed answer (status 499,
    #: as nginx counts it); the model's part may have been fine.
    outcome: Literal["ok", "error", "timeout", "builtin", "client_gone"]
    status: int
    latency_ms: int
    stream: bool = False


class GatewayAccessRefused(_GatewayEvent):
    """A request refused before reaching the policy, with the code and status it was answered.

    Every refusal is one: an unknown or revoked key (``actor_user_id`` then unknown), a user who may
    not use égide (training, charter; the person named by an application is the actor, the
    application's key in ``application_key_id``), an unknown or inactive person named by an
    application, the rate limit, Redis down, an unreadable body, an unknown model or a tool that is
    suspended, retired or not yet approved.
    """

    kind: ClassVar[str] = "gateway.refused"
    reason_code: str
    status: int
    #: The registered tool asked for when that is the reason (suspended, retired, not yet approved).
    tool_id: int | None = None
