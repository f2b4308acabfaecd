"""The console app, mounted at ``/console`` by ``egide.gateway.app.create_app`` (same port as ``/v1``).

Its own error pages (French HTML), security headers on every answer, the session and CSRF check
before every route (``egide.console.access.load_session``), one router per area
(``egide.console.pages.ROUTERS``) and the static files (one stylesheet, small scripts).
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from egide.console.access import CsrfRefused, LoginRequired, RoleRefused, load_session, resolve_session
from egide.console.pages import ROUTERS
from egide.console.services import ConsoleServices
from egide.console.templating import render
from egide.errors import EgideError

log = logging.getLogger("egide.console")

#: No script or style from elsewhere, no framing (clickjacking), no referrer leaving the console.
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'",
    ),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """Pure ASGI middleware adding :data:`SECURITY_HEADERS` to every console answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_wrapper if scope["type"] == "http" else send)


_STATUS_TITLES = {
    400: "Demande incorrecte",
    401: "Connexion requise",
    403: "Accès refusé",
    404: "Page introuvable",
    405: "Méthode non permise",
    409: "Action impossible",
    429: "Trop de demandes",
    500: "Erreur du serveur",
}


def error_page(request: Request, status: int, message: str) -> Response:
    title = _STATUS_TITLES.get(status, "Erreur")
    return render(
        request,
        "errors/error.html",
        {"title": title, "message": message, "status": status},
        status_code=status,
    )


def install_error_pages(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired) -> Response:
        if request.method in ("GET", "HEAD"):
            base = request.scope.get("root_path", "")
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"{base}/login?suite={quote(target, safe='')}", status_code=303)
        return error_page(request, 401, "Votre session a pris fin ou n'existe pas : reconnectez-vous.")

    @app.exception_handler(RoleRefused)
    async def role_refused(request: Request, _exc: RoleRefused) -> Response:
        return error_page(request, 403, "Votre rôle ne donne pas accès à cette page.")

    @app.exception_handler(CsrfRefused)
    async def csrf_refused(request: Request, _exc: CsrfRefused) -> Response:
        return error_page(
            request,
            403,
            "Le jeton de sécurité du formulaire manque ou a expiré : rechargez la page et recommencez.",
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        await resolve_session(request)  # no route matched, so no dependency ran: the nav needs the person
        messages = {404: "Cette page n'existe pas.", 405: "Cette adresse ne s'utilise pas ainsi."}
        return error_page(
            request, exc.status_code, messages.get(exc.status_code, "La demande n'a pas abouti.")
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, _exc: RequestValidationError) -> Response:
        # Never the submitted values: a form field may hold anything a person typed.
        return error_page(request, 400, "Le formulaire est incomplet ou mal rempli.")

    @app.exception_handler(EgideError)
    async def egide_error(request: Request, exc: EgideError) -> Response:
        # égide's messages name categories and identifiers, never text (errors.py); they are French.
        status = exc.status_code if exc.status_code in _STATUS_TITLES else 500
        return error_page(request, status, exc.message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("console error", extra={"error_type": type(exc).__name__})
        return error_page(request, 500, "Une erreur inattendue est survenue ; elle a été consignée.")


def create_console(services: ConsoleServices) -> FastAPI:
    app = FastAPI(
        title="égide — console",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(load_session)],
    )
    app.state.console = services
    install_error_pages(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    app.add_middleware(SecurityHeaders)
    return app
