"""Signing in and out: the login form (password), logout. Single sign-on lives in ``oidc.py``."""

from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from egide.console.access import ConsoleUser, client_address, public, require, services
from egide.console.events import LoggedOut
from egide.console.services import ConsoleServices
from egide.console.sessions import end_session
from egide.console.signin import sign_in_with_password
from egide.console.templating import render

router = APIRouter()

_REFUSALS = {
    "bad_credentials": "Adresse ou mot de passe incorrect.",
    "locked": "Trop de tentatives infructueuses : la connexion est bloquée pour quelques minutes.",
}


def safe_next(base: str, target: str | None) -> str:
    """Where to go after sign-in: a path of the console only (never another site: no open redirect)."""
    if target and target.startswith(base + "/") and not target.startswith("//") and "\\" not in target:
        return target
    return base + "/"


def set_session_cookie(response: Response, console: ConsoleServices, token: str) -> None:
    # No Max-Age: a browser session cookie; the server ends the session anyway (idle and absolute).
    response.set_cookie(
        console.session_cookie, token, httponly=True, secure=console.cookie_secure, samesite="lax", path="/"
    )


@router.get("/login")
def login_page(
    request: Request, suite: str | None = None, visitor: ConsoleUser | None = Depends(public())
) -> Response:
    base = request.scope.get("root_path", "")
    if visitor is not None:
        return RedirectResponse(safe_next(base, suite), status_code=303)
    return render(request, "auth/login.html", {"suite": suite or "", "oidc": services(request).config.oidc})


@router.post("/login")
async def login(
    request: Request,
    email: str = Form("", max_length=400),
    password: str = Form("", max_length=2000),
    suite: str = Form(""),
    visitor: ConsoleUser | None = Depends(public()),
) -> Response:
    console = services(request)
    result = await to_thread.run_sync(
        lambda: sign_in_with_password(
            console.database,
            login=email,
            password=password,
            client_address=client_address(request),
            key=console.keys.login,
            config=console.config,
            now=console.clock(),
            replaced_token=request.cookies.get(console.session_cookie),
        )
    )
    if result.token is None:
        context = {
            "suite": suite,
            "email": email,
            "error": _REFUSALS[result.refusal or "bad_credentials"],
            "oidc": console.config.oidc,
        }
        return render(
            request, "auth/login.html", context, status_code=429 if result.refusal == "locked" else 401
        )
    response = RedirectResponse(safe_next(request.scope.get("root_path", ""), suite), status_code=303)
    set_session_cookie(response, console, result.token)
    return response


@router.post("/logout")
def logout(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    console = services(request)
    with console.database.session(write=True) as session:
        end_session(session, user.session_id, now=console.clock())
        console.audit.append(
            LoggedOut(actor_user_id=user.user_id, user_id=user.user_id, session_id=user.session_id),
            within=session,
        )
    response = RedirectResponse(request.scope.get("root_path", "") + "/login?sortie=1", status_code=303)
    response.delete_cookie(console.session_cookie, path="/", secure=console.cookie_secure, httponly=True)
    return response
