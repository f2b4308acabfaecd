"""The app factory: one ASGI app serving ``/v1``, ``/healthz`` and ``/metrics``.

``/v1`` is a sub-application with its own error handler (the OpenAI envelope); the console
(``egide.console.app``) is another, at ``/console``, with its own French HTML error pages.
Everything the app needs is built here from the settings, or passed in (tests inject a database or
a detector).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from anyio import to_thread
from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response
from fastapi.telemetry import TelemetryConfig
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from egide.audit import AuditLog
from egide.detect import Detector
from egide.detect.resident import keep_resident, release
from egide.gateway.backends import Backends
from egide.gateway.errors import install_error_handlers
from egide.gateway.metrics import GatewayMetrics
from egide.gateway.routes import chat, embeddings, models
from egide.gateway.service import Gateway
from egide.gateway.upstream import UpstreamClient
from egide.governance import refresh_classes
from egide.store import Database

if TYPE_CHECKING:
    from egide.settings import Settings

log = logging.getLogger("egide.gateway")

#: FastAPI's OpenTelemetry hooks record exception messages and could export them; égide keeps its
#: own whitelisted logs and Prometheus metrics instead (and saves their cost on every request).
NO_TELEMETRY: TelemetryConfig = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
    "auto_configure": False,
}


class RequestContext:
    """Pure ASGI middleware: a request id, one structured log line and metrics per request.

    Pure ASGI (not ``BaseHTTPMiddleware``) so that streamed answers are not buffered.
    """

    def __init__(self, app: ASGIApp, metrics: GatewayMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = "req_" + uuid.uuid4().hex
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                names = {name.lower() for name, _ in message["headers"]}
                if b"x-request-id" not in names:
                    message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
                route = _route_label(scope)
                self.metrics.latency.labels(route).observe(time.perf_counter() - started)
                self.metrics.requests.labels(route, str(status)).inc()
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            extra = {
                "request_id": request_id,
                "method": scope.get("method"),
                "route": _route_label(scope),
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                **state.get("log_extra", {}),
            }
            log.info("request", extra=extra)


_KNOWN = ("/v1/chat/completions", "/v1/embeddings", "/v1/models", "/healthz", "/metrics")


def _route_label(scope: Scope) -> str:
    # Never the raw path: an unknown path could carry anything a client typed.
    path: str = scope.get("path", "")
    if path in _KNOWN:
        return path
    return "/console" if path == "/console" or path.startswith("/console/") else "other"


#: How often the registry's classes are checked against the day (an HDS certificate or an art. 28
#: contract that expired lowers a tool's class: see egide.governance.alerts).
CLASS_REFRESH_SECONDS = 3600


def _refresh_classes_once(db: Database) -> None:
    with db.session(write=True) as session:
        lowered = refresh_classes(session)
    if lowered:
        log.warning("tool classes lowered after an expiry", extra={"counts": {"tools": len(lowered)}})


async def _refresh_classes_safely(db: Database) -> None:
    try:
        await to_thread.run_sync(_refresh_classes_once, db)
    except Exception as exc:  # never stops the gateway; tried again at the next period
        log.error("tool class refresh failed", extra={"error_type": type(exc).__name__})


async def _refresh_classes_hourly(db: Database) -> None:
    while True:
        await asyncio.sleep(CLASS_REFRESH_SECONDS)
        await _refresh_classes_safely(db)


def create_app(
    settings: Settings,
    *,
    database: Database | None = None,
    detector: Detector | None = None,
) -> FastAPI:
    """Build the gateway. The database must already be migrated (``egide serve`` does it)."""
    from egide.app import console_services, database_of, with_secret
    from egide.console.app import create_console

    settings = with_secret(settings)
    db = database or database_of(settings)
    metrics = GatewayMetrics()
    audit = AuditLog(db, settings.secret_key)
    gateway = Gateway(settings, db, detector or Detector(settings.detect), audit, metrics)
    backends = Backends(UpstreamClient(settings.gateway))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await to_thread.run_sync(gateway.warm_up)
        await _refresh_classes_safely(db)  # before the first request
        keep_resident()  # the engine's lists, loaded by the warm-up: no full collection walks them
        refresher = asyncio.create_task(_refresh_classes_hourly(db))
        yield
        refresher.cancel()
        release()
        await backends.aclose()  # the session the requests opened on this loop
        await to_thread.run_sync(gateway.close)

    api = FastAPI(title="égide /v1", docs_url=None, redoc_url=None, openapi_url=None, telemetry=NO_TELEMETRY)
    api.state.gateway = gateway
    api.state.backends = backends
    install_error_handlers(api)
    for module in (chat, embeddings, models):
        api.include_router(module.router)

    app = FastAPI(title="égide", lifespan=lifespan, docs_url=None, redoc_url=None, telemetry=NO_TELEMETRY)
    app.state.gateway = gateway
    app.state.backends = backends
    app.state.settings = settings

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok"})

    if settings.gateway.metrics:

        @app.get("/metrics")
        async def metrics_endpoint() -> Response:
            return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    app.mount("/v1", api)
    console = create_console(console_services(settings, db, audit))
    # The assistant page sends through this gateway, exactly as /v1 does (console/pages/assistant.py).
    console.state.gateway = gateway
    console.state.backends = backends
    app.mount("/console", console)
    app.add_middleware(RequestContext, metrics=metrics)
    return app
