"""``POST /v1/embeddings``: the inputs are scanned and pseudonymised like a conversation."""

from __future__ import annotations

import time

from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import Response

from egide.errors import InputError
from egide.gateway import apercu
from egide.gateway.body import read_json_object
from egide.gateway.deps import CONVERSATION_HEADER, ApiKey, GatewayDep, RequestId, UpstreamDep
from egide.gateway.jsonio import FastJSONResponse
from egide.gateway.marking import egide_object, headers
from egide.gateway.routes.common import call_upstream, note_request

router = APIRouter()


@router.post("/embeddings")
async def embeddings(
    request: Request, gateway: GatewayDep, upstream: UpstreamDep, key: ApiKey, rid: RequestId
) -> Response:
    body = await read_json_object(request, gateway.settings.gateway.max_body_bytes)
    conversation = request.headers.get(CONVERSATION_HEADER)
    prepared = await to_thread.run_sync(
        gateway.prepare, "embeddings", key, body, rid, conversation, limiter=gateway.prepare_limiter
    )
    note_request(request, prepared)
    route = prepared.route
    if apercu.is_apercu(route.base_url):
        raise InputError(
            "l'outil « aperçu » ne calcule pas d'embeddings ; utilisez-le avec /v1/chat/completions"
        )
    data, started = await call_upstream(
        gateway,
        prepared,
        upstream.post_json(
            route.base_url, "/embeddings", route.api_key, prepared.outgoing, model=prepared.alias
        ),
    )
    elapsed = (time.perf_counter() - started) * 1000
    data["model"] = prepared.alias
    data["egide"] = egide_object(prepared)
    gateway.record_upstream(prepared, "ok", 200, elapsed)
    return FastJSONResponse(data, headers=headers(prepared))
