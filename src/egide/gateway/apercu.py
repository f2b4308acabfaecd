"""« aperçu », the built-in tool: it answers with exactly what would have left the establishment.

A fresh install has no model. aperçu lets a DPO see the policy at work first: its answer is the
request as égide would have sent it upstream (pseudonyms in place), as JSON. The pseudonyms are
deliberately NOT restored in its answer: restoring them would show the DPO their own text back and
hide what the model would have seen. The counts by category are in the ``egide`` object as for any
tool.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

BUILTIN_URL = "builtin:apercu"
_SHOWN = ("messages", "tools", "tool_choice", "input")


def is_apercu(base_url: str) -> bool:
    return base_url == BUILTIN_URL


def preview_text(outgoing: dict[str, Any]) -> str:
    """What would have been sent, as readable and exact JSON (model and text fields)."""
    shown = {"model": outgoing.get("model")} | {k: outgoing[k] for k in _SHOWN if k in outgoing}
    return (
        "Aperçu : voici exactement ce qui aurait quitté l'établissement pour cette requête "
        "(aucun modèle n'a été appelé).\n\n" + json.dumps(shown, ensure_ascii=False, indent=2)
    )


def completion(request_id: str, alias: str, outgoing: dict[str, Any]) -> dict[str, Any]:
    text = preview_text(outgoing)
    return {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": alias,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def chunks(request_id: str, alias: str, outgoing: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The same answer as stream events, one line per event."""
    base = {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": alias,
    }
    yield base | {
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]
    }
    for line in preview_text(outgoing).splitlines(keepends=True):
        yield base | {"choices": [{"index": 0, "delta": {"content": line}, "finish_reason": None}]}
    yield base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
