"""The one error handler of ``/v1``: every failure leaves in the OpenAI envelope.

``{"error": {"message", "type", "param", "code"}}`` with the status of the exception tree in
:mod:`egide.errors`. Foreign errors (FastAPI validation, unknown routes, bugs) are translated
here, and their messages never carry request text.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from egide.errors import EgideError

log = logging.getLogger("egide.gateway")

_HTTP_TYPES = {
    400: ("invalid_request_error", "invalid_request"),
    401: ("authentication_error", "invalid_api_key"),
    403: ("permission_error", "access_denied"),
    404: ("not_found_error", "not_found"),
    405: ("invalid_request_error", "method_not_allowed"),
    413: ("invalid_request_error", "payload_too_large"),
    429: ("rate_limit_error", "rate_limited"),
}


def envelope(message: str, error_type: str, code: str, param: str | None = None) -> dict[str, object]:
    return {"error": {"message": message, "type": error_type, "param": param, "code": code}}


def error_response(exc: EgideError, headers: dict[str, str] | None = None) -> JSONResponse:
    body = envelope(exc.message, exc.error_type, exc.code, exc.param)
    return JSONResponse(body, status_code=exc.status_code, headers=headers)


async def _egide_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EgideError)
    request_id = getattr(request.state, "request_id", "")
    gateway = getattr(request.app.state, "gateway", None)
    if gateway is not None and not exc.audited:
        # Every refusal is an audit event: those refused before the gateway's service saw them
        # (unreadable body, missing key) are written here, without a user since none is known.
        gateway.refused(exc, request_id)
    headers = {"X-Request-Id": request_id}
    if exc.status_code == 429:
        headers["Retry-After"] = "60"
    return error_response(exc, {k: v for k, v in headers.items() if v})


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    # FastAPI's own messages quote the offending input: keep only the location.
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    loc = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or None
    body = envelope("corps de requête invalide", "invalid_request_error", "invalid_request", loc)
    return JSONResponse(body, status_code=400)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    error_type, code = _HTTP_TYPES.get(exc.status_code, ("server_error", "internal_error"))
    message = {404: "route inconnue", 405: "méthode non autorisée"}.get(exc.status_code, str(exc.detail))
    return JSONResponse(envelope(message, error_type, code), status_code=exc.status_code)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The exception's text may quote data; log its type only.
    log.error("unexpected error", extra={"error_type": type(exc).__name__})
    body = envelope("erreur interne d'égide", "server_error", "internal_error")
    return JSONResponse(body, status_code=500)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(EgideError, _egide_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
