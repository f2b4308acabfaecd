"""The assistant's check before sending: what égide finds in a text and what would leave for a tool.

The console's assistant page calls it as the professional types (debounced). It goes through the
gateway's own path (:meth:`egide.gateway.service.Gateway.check`: the person's gate, the tool's
route, the fields read as ``/v1`` reads them, detection, policy and pseudonymisation in the same
conversation scope) and writes nothing. This module only builds the request and shapes the answer
for the page: findings of the text being typed with their offsets and categories, the exact text
that would leave (pseudonyms in place), or the refusal and what to remove.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from egide.detect.labels import CATEGORY, Label
from egide.errors import InputError
from egide.gateway.service import Checked, Gateway

#: The longest text the page may check or send (characters); a pasted letter is a few thousand.
MAX_TEXT = 20_000
#: Earlier turns sent with a message (each is scanned again, as on ``/v1``).
MAX_HISTORY = 40


def category(label: str) -> str:
    try:
        return CATEGORY[Label(label)]
    except ValueError:
        return label.lower()


def chat_body(alias: str, text: str, history: Any = (), *, stream: bool = False) -> dict[str, Any]:
    """The chat request the page sends: earlier turns (user and assistant texts), then ``text``.

    Bad input is refused with a clear message (:class:`InputError`), nothing is dropped silently.
    """
    if not isinstance(text, str) or not text.strip():
        raise InputError("le message est vide", param="text")
    if len(text) > MAX_TEXT:
        raise InputError(f"le message dépasse {MAX_TEXT} caractères", param="text")
    if not isinstance(history, list | tuple) or len(history) > MAX_HISTORY:
        raise InputError(f"historique illisible (au plus {MAX_HISTORY} messages)", param="history")
    messages: list[dict[str, str]] = []
    for turn in history:
        if (
            not isinstance(turn, dict)
            or turn.get("role") not in ("user", "assistant")
            or not isinstance(turn.get("content"), str)
            or len(turn["content"]) > MAX_TEXT
        ):
            raise InputError("historique illisible : des messages {role, content} attendus", param="history")
        messages.append({"role": turn["role"], "content": turn["content"]})
    messages.append({"role": "user", "content": text})
    return {"model": alias, "messages": messages, "stream": stream}


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    label: str
    category: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    tool: str
    confidentiality: str
    #: « allow », « pseudonymise » or « block ».
    action: str
    #: Findings in the text being typed (offsets in Python characters of that text).
    findings: list[Highlight]
    #: Categories and how many values of each, over the whole conversation.
    counts: dict[str, int]
    #: The text of this turn exactly as it would leave; None when it would be refused.
    outgoing: str | None
    #: The refusal, in French, naming categories (never values); None when it would leave.
    refusal: str | None
    reason: str | None

    def as_json(self) -> dict[str, Any]:
        by_category = Counter(h.category for h in self.findings)
        return {
            "tool": self.tool,
            "confidentiality": self.confidentiality,
            "action": self.action,
            "findings": [
                {"start": h.start, "end": h.end, "label": h.label, "category": h.category}
                for h in self.findings
            ],
            "by_category": dict(sorted(by_category.items())),
            "counts": self.counts,
            "outgoing": self.outgoing,
            "refusal": self.refusal,
            "reason": self.reason,
        }


def report(checked: Checked) -> CheckReport:
    """The page's view of a check: the last slot is the text being typed (see :func:`chat_body`)."""
    decision = checked.decision
    findings = checked.findings[-1] if checked.findings else []
    highlights = [
        Highlight(f.start, f.end, f.label, category(f.label)) for f in sorted(findings, key=lambda f: f.start)
    ]
    outgoing: str | None = None
    refusal: str | None = None
    if decision.blocked:
        refusal = checked.failure.message if checked.failure is not None else decision.message
    else:
        outgoing = checked.extracted.outgoing["messages"][-1]["content"]
    return CheckReport(
        tool=checked.route.tool_name,
        confidentiality=str(checked.route.confidentiality),
        action=decision.action.value,
        findings=highlights,
        counts=dict(sorted(decision.counts.items())),
        outgoing=outgoing,
        refusal=refusal,
        reason=decision.reason,
    )


def check_text(
    gateway: Gateway,
    user_id: int,
    alias: str,
    text: str,
    history: Any = (),
    *,
    request_id: str,
    conversation_id: str | None = None,
) -> CheckReport:
    """Check ``text`` for the tool behind ``alias`` as ``user_id`` would send it (blocking: call it
    in a worker thread). Refusals of the person or the tool (training, unknown model) are raised."""
    body = chat_body(alias, text, history)
    return report(gateway.check(user_id, body, request_id, conversation_id))
