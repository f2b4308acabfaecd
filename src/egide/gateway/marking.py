"""Every answer is marked as AI-generated: a response header and an ``egide`` object in the body.

The ``egide`` object names the request, the tool, the model alias, what the policy did and the
counts by label (never values). A tool may also carry a visible mention, appended to the answer's
text so that it survives copy and paste.
"""

from __future__ import annotations

from typing import Any

from egide.gateway.service import Prepared

AI_HEADER = "X-Egide-AI-Generated"


def headers(prepared: Prepared) -> dict[str, str]:
    return {
        AI_HEADER: "true",
        "X-Request-Id": prepared.request_id,
        "X-Egide-Tool-Id": str(prepared.route.tool_id),
        "X-Egide-Action": prepared.decision.action.value,
        "Server-Timing": ", ".join(f"{k};dur={v:.1f}" for k, v in prepared.timings.items()),
    }


def egide_object(prepared: Prepared) -> dict[str, Any]:
    return {
        "ai_generated": True,
        "request_id": prepared.request_id,
        "tool": prepared.route.tool_name,
        "tool_id": prepared.route.tool_id,
        "confidentiality": prepared.route.confidentiality,
        "model": prepared.alias,
        "action": prepared.decision.action.value,
        "counts": dict(sorted(prepared.decision.counts.items())),
    }


def mention_suffix(prepared: Prepared) -> str:
    mention = prepared.route.visible_mention
    return f"\n\n— {mention}" if mention else ""


def add_mention(body: dict[str, Any], prepared: Prepared) -> None:
    suffix = mention_suffix(prepared)
    if not suffix:
        return
    for choice in body.get("choices") or []:
        message = choice.get("message") if isinstance(choice, dict) else None
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            message["content"] += suffix
