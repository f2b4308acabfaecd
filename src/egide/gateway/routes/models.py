"""``GET /v1/models``: only the models the caller may use."""

from __future__ import annotations

from typing import Any

from anyio import to_thread
from fastapi import APIRouter, Request

from egide.gateway.deps import ApiKey, GatewayDep, RequestId, end_user

router = APIRouter()


@router.get("/models")
async def models(request: Request, gateway: GatewayDep, key: ApiKey, rid: RequestId) -> dict[str, Any]:
    routes = await to_thread.run_sync(gateway.models, key, rid, end_user(request, gateway))
    return {
        "object": "list",
        "data": [
            {
                "id": route.alias,
                "object": "model",
                "created": 0,
                "owned_by": route.tool_name,
                "egide": {"tool_id": route.tool_id, "confidentiality": route.confidentiality},
            }
            for route in routes
        ],
    }
