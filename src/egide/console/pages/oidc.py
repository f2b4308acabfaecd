"""Single sign-on: the redirect to the establishment's OpenID provider and its return (both public)."""

from __future__ import annotations

import hmac

from anyio import to_thread
from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from egide.console.access import ConsoleUser, public, services
from egide.console.events import LoginFailed
from egide.console.oidc import OidcClient, OidcRefused, Pending, open_pending, person_of, seal_pending
from egide.console.pages.auth import safe_next, set_session_cookie
from egide.console.services import ConsoleServices
from egide.console.signin import SignInResult, open_for
from egide.console.templating import render

router = APIRouter()


def _client(request: Request) -> OidcClient:
    client = services(request).oidc
    if client is None:
        raise HTTPException(404)
    return client


def callback_url(request: Request, client: OidcClient) -> str:
    configured = client.config.redirect_url
    return str(configured) if configured else str(request.url_for("oidc_callback"))


def _refused(request: Request, refusal: OidcRefused, status_code: int = 403) -> Response:
    console = services(request)
    console.audit.append(
        LoginFailed(
            actor_user_id=refusal.user_id, user_id=refusal.user_id, method="oidc", reason_code=refusal.code
        )
    )
    context = {"suite": "", "error": refusal.message, "oidc": console.config.oidc}
    response = render(request, "auth/login.html", context, status_code=status_code)
    response.delete_cookie(console.oidc_cookie, path="/", secure=console.cookie_secure, httponly=True)
    return response


@router.get("/oidc/start")
async def oidc_start(
    request: Request, suite: str | None = None, visitor: ConsoleUser | None = Depends(public())
) -> Response:
    client = _client(request)
    console = services(request)
    base = request.scope.get("root_path", "")
    try:
        url, pending = await client.start(
            callback_url(request, client), safe_next(base, suite), console.clock()
        )
    except OidcRefused as refusal:
        return await to_thread.run_sync(_refused, request, refusal, 503)
    response = RedirectResponse(url, status_code=303)
    response.set_cookie(
        console.oidc_cookie,
        seal_pending(console.keys.oidc, pending),
        max_age=600,
        httponly=True,
        secure=console.cookie_secure,
        samesite="lax",  # the provider sends the browser back with a top-level GET: Lax cookies come along
        path="/",
    )
    return response


@router.get("/oidc/callback", name="oidc_callback")
async def oidc_callback(
    request: Request,
    code: str | None = None,
    state: str | None = None,
    error: str | None = None,
    visitor: ConsoleUser | None = Depends(public()),
) -> Response:
    client = _client(request)
    console = services(request)
    pending = open_pending(console.keys.oidc, request.cookies.get(console.oidc_cookie, ""), console.clock())
    try:
        if pending is None or not state or not hmac.compare_digest(state, pending.state):
            raise OidcRefused(
                "bad_state", "La connexion a expiré ou ne vient pas de ce navigateur : recommencez."
            )
        if error or not code:
            raise OidcRefused("provider_refused", "Le fournisseur d'identité a refusé la connexion.")
        claims = await client.finish(pending, code, callback_url(request, client))
        result = await to_thread.run_sync(
            lambda: _sign_in(console, claims, request.cookies.get(console.session_cookie))
        )
    except OidcRefused as refusal:
        return await to_thread.run_sync(_refused, request, refusal)
    assert result.token is not None and isinstance(pending, Pending)
    response = RedirectResponse(pending.next, status_code=303)
    set_session_cookie(response, console, result.token)
    response.delete_cookie(console.oidc_cookie, path="/", secure=console.cookie_secure, httponly=True)
    return response


def _sign_in(console: ConsoleServices, claims: dict[str, object], replaced_token: str | None) -> SignInResult:
    with console.database.session(write=True) as session:
        user_id = person_of(session, claims, console.config.oidc)
        return open_for(session, user_id, "oidc", console.clock(), replaced_token)
