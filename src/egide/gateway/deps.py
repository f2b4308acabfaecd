"""What every route needs from the request: the gateway services, the API key, the request id.

All `async def`: FastAPI runs plain `def` dependencies in its thread pool, a hop per dependency.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from egide.errors import AuthenticationError
from egide.gateway.backends import Backends
from egide.gateway.service import Gateway

#: Optional: the client's conversation id, so that one conversation keeps one pseudonym scope.
CONVERSATION_HEADER = "X-Egide-Conversation-Id"


async def get_gateway(request: Request) -> Gateway:
    gateway: Gateway = request.app.state.gateway
    return gateway


async def get_backends(request: Request) -> Backends:
    backends: Backends = request.app.state.backends
    return backends


async def api_key(request: Request) -> str:
    """The bearer token (``Authorization: Bearer …``, or ``api-key`` as Azure-style clients send)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    if request.headers.get("api-key"):
        return request.headers["api-key"].strip()
    raise AuthenticationError("clé d'API manquante : envoyez « Authorization: Bearer <clé> »")


def end_user(request: Request, gateway: Gateway) -> str | None:
    """The person an application names in the configured header (``gateway.end_user_header``), if any.

    Read for every key; the gateway believes it only from an application's key. Never logged.
    """
    name = gateway.settings.gateway.end_user_header
    value = request.headers.get(name) if name else None
    return (value.strip() or None) if value is not None else None


async def request_id(request: Request) -> str:
    rid: str = request.state.request_id
    return rid


GatewayDep = Annotated[Gateway, Depends(get_gateway)]
BackendsDep = Annotated[Backends, Depends(get_backends)]
ApiKey = Annotated[str, Depends(api_key)]
RequestId = Annotated[str, Depends(request_id)]
