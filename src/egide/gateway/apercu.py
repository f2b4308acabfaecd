"""« aperçu », the built-in tool: one more backend, which answers with exactly what would have left.

A fresh install has no model. aperçu lets a DPO see the policy at work first: its answer is the
request as égide would have sent it upstream (pseudonyms in place), as JSON. The pseudonyms are
deliberately NOT restored in its answer (``restores = False``): restoring them would show the DPO
their own text back and hide what the model would have seen. The counts by category are in the
``egide`` object as for any tool. The routes treat it like any backend (:mod:`egide.gateway.backends`):
its answer is whole, so a stream asked of it is that answer told as events.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping
from typing import Any, ClassVar

from egide.errors import InputError


def preview_text(outgoing: dict[str, Any]) -> str:
    """What would have been sent, as readable and exact JSON: the whole outgoing body.

    It holds only the fields égide forwards (gateway.fields), every string in it scanned.
    """
    shown = {"model": outgoing.get("model")} | outgoing
    return (
        "Aperçu : voici exactement ce qui aurait quitté l'établissement pour cette requête "
        "(aucun modèle n'a été appelé).\n\n" + json.dumps(shown, ensure_ascii=False, indent=2)
    )


class Apercu:
    """The backend of ``builtin:apercu``: no network, no model."""

    outcome: ClassVar[str] = "builtin"
    restores: ClassVar[bool] = False
    timed: ClassVar[bool] = False
    marker: ClassVar[Mapping[str, object]] = {"apercu": True}

    async def post_json(
        self, base_url: str, path: str, api_key: str | None, body: dict[str, Any], *, model: str
    ) -> dict[str, Any]:
        del base_url, api_key
        if path != "/chat/completions":
            raise InputError(
                "l'outil « aperçu » ne calcule pas d'embeddings ; utilisez-le avec /v1/chat/completions"
            )
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": preview_text(body)},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }
