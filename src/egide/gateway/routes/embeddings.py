"""``POST /v1/embeddings``: the inputs are scanned and pseudonymised like a conversation."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from egide.gateway.deps import (
    ApiKey,
    BackendsDep,
    GatewayDep,
    RequestId,
)
from egide.gateway.jsonio import FastJSONResponse
from egide.gateway.marking import egide_object, headers
from egide.gateway.routes.common import call_upstream, elapsed_ms, prepare

router = APIRouter()


@router.post("/embeddings")
async def embeddings(
    request: Request, gateway: GatewayDep, backends: BackendsDep, key: ApiKey, rid: RequestId
) -> Response:
    prepared = await prepare(request, gateway, "embeddings", key, rid)
    route = prepared.route
    backend = backends.for_route(route)  # aperçu refuses embeddings itself (400, audited)
    data, started = await call_upstream(
        gateway,
        prepared,
        backend,
        backend.post_json(
            route.base_url, "/embeddings", route.api_key, prepared.outgoing, model=prepared.alias
        ),
    )
    gateway.finish(prepared, backend.outcome, 200, elapsed_ms(started), timed=backend.timed)
    data["model"] = prepared.alias
    data["egide"] = egide_object(prepared) | dict(backend.marker)
    return FastJSONResponse(data, headers=headers(prepared))
