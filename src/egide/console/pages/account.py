"""My account: who I am, my password, and ending every one of my sessions (« déconnexion partout »)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from egide.console.access import PERSON_ROLES, ConsoleUser, require, services
from egide.console.passwords import set_password, verify_password
from egide.console.sessions import end_all_sessions
from egide.console.templating import NavItem, render
from egide.errors import InputError
from egide.store.models.governance import User

router = APIRouter()

NAV = NavItem(
    "Mon compte",
    "/account",
    PERSON_ROLES,
    "Changer votre mot de passe et fermer vos sessions ouvertes sur d'autres appareils.",
)


def _has_password(request: Request, user_id: int) -> bool:
    with services(request).database.session() as session:
        return session.scalar(select(User.password_hash).where(User.id == user_id)) is not None


@router.get("/account")
def account_page(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    context = {"has_password": _has_password(request, user.user_id), "done": request.query_params.get("fait")}
    return render(request, "account/index.html", context)


@router.post("/account/password")
def change_password(
    request: Request,
    current: str = Form("", max_length=2000),
    new: str = Form("", max_length=2000),
    confirm: str = Form("", max_length=2000),
    user: ConsoleUser = Depends(require()),
) -> Response:
    console = services(request)
    error = None
    with console.database.session(write=True) as session:
        row = session.get(User, user.user_id)
        if row is None or row.password_hash is None:
            error = "Votre compte se connecte par l'authentification de l'établissement : pas de mot de passe ici."
        elif not verify_password(row.password_hash, current):
            error = "Le mot de passe actuel est incorrect."
        elif new != confirm:
            error = "Les deux saisies du nouveau mot de passe diffèrent."
        else:
            try:
                set_password(
                    session,
                    user.user_id,
                    new,
                    min_length=console.config.password_min_length,
                    actor_user_id=user.user_id,
                )
            except InputError as exc:
                error = exc.message[:1].upper() + exc.message[1:] + "."
            else:
                # Whoever knew the old password is signed out everywhere else.
                end_all_sessions(
                    session,
                    user.user_id,
                    now=console.clock(),
                    reason_code="password_changed",
                    actor_user_id=user.user_id,
                    keep_session_id=user.session_id,
                )
    if error is not None:
        context = {"has_password": True, "error": error}
        return render(request, "account/index.html", context, status_code=400)
    return RedirectResponse(
        request.scope.get("root_path", "") + "/account?fait=mot-de-passe", status_code=303
    )


@router.post("/account/logout-everywhere")
def logout_everywhere(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    console = services(request)
    with console.database.session(write=True) as session:
        end_all_sessions(
            session,
            user.user_id,
            now=console.clock(),
            reason_code="logout_everywhere",
            actor_user_id=user.user_id,
        )
    response = RedirectResponse(request.scope.get("root_path", "") + "/login?sortie=partout", status_code=303)
    response.delete_cookie(console.session_cookie, path="/", secure=console.cookie_secure, httponly=True)
    return response
