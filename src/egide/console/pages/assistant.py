"""The assistant: a chat page on the approved tools, through the gateway's own path (issue 11).

Nothing here decides anything. The check before sending is ``egide.gateway.check`` (the gateway's
path without effects); the send is ``Gateway.prepare_for_person`` (the console session's person
instead of an API key: same gate, policy, pseudonymisation and audit) answered by the same
``routes.chat.answer`` as ``/v1`` (streamed, restored, marked); highlights, verdicts, incidents and
saved conversations are ``egide.assistant``'s. The JSON endpoints are for ``static/assistant.js``:
they take the CSRF token in ``X-CSRF-Token`` and answer errors as ``{"error", "code"}``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from anyio import to_thread
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.background import BackgroundTask

from egide.assistant import (
    INCIDENT_CATEGORIES,
    VERDICTS,
    delete_conversation,
    drug_names,
    highlight,
    list_conversations,
    list_incidents,
    load_conversation,
    record_verification,
    report_incident,
    save_conversation,
)
from egide.assistant.highlight import as_json
from egide.console.access import PERSON_ROLES, ConsoleUser, require, services
from egide.console.templating import NavItem, render
from egide.errors import EgideError, InputError
from egide.gateway.backends import Backends
from egide.gateway.check import MAX_TEXT, chat_body, check_text
from egide.gateway.routes.chat import answer
from egide.gateway.routes.common import note_request
from egide.gateway.service import Gateway
from egide.governance import Principal, Role, list_models
from egide.policy import Action

router = APIRouter()

NAV = NavItem(
    "Assistant",
    "/assistant",
    PERSON_ROLES,
    "Poser une question aux outils d'IA approuvés : égide montre ce qui partirait, protège les "
    "données patient et vous aide à vérifier la réponse.",
)
#: Who reads the incidents reported from the assistant.
INCIDENT_READERS = (Role.DPO,)

#: The classes as the page names them.
CLASS_LABELS = {
    "public": "grand public",
    "contracted": "sous contrat",
    "hds": "HDS",
    "on_premise": "dans l'établissement",
}
#: What each class of tool is, in one line.
CLASS_MEANING = {
    "public": "service grand public, sans garantie",
    "contracted": "sous contrat (RGPD art. 28), stockage dans l'UE",
    "hds": "hébergeur certifié de données de santé",
    "on_premise": "installé dans l'établissement",
}
#: What the establishment's policy does with identifying data for a class.
ACTION_MEANING = {
    Action.BLOCK: "aucune donnée identifiante n'est acceptée",
    Action.PSEUDONYMISE: "les données identifiantes partent remplacées par des pseudonymes",
    Action.ALLOW: "le texte part tel quel",
}
#: The body of a JSON request from the page (a pasted letter and its history fit well within).
_MAX_BODY = 400_000


def _gateway(request: Request) -> tuple[Gateway, Backends]:
    return request.app.state.gateway, request.app.state.backends


#: Where to go when the gate refuses the person.
GATE_HELP = {
    "training_required": "Suivez la formation à l'IA de l'établissement : votre référent ou la page « Mon "
    "compte » vous indique comment ; elle est enregistrée dans égide une fois validée.",
    "charter_not_accepted": "Lisez et acceptez la charte d'usage de l'IA en vigueur (page « Mon compte »).",
}


def _error(exc: EgideError) -> JSONResponse:
    # égide's messages name categories, never values (errors.py): safe to show as they are.
    message = exc.message
    if exc.code in GATE_HELP:
        message = f"Accès refusé : {message}. {GATE_HELP[exc.code]}"
    return JSONResponse({"error": message, "code": exc.code}, status_code=exc.status_code)


async def _payload(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > _MAX_BODY:
        raise InputError("demande trop volumineuse")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise InputError("demande illisible : du JSON est attendu") from None
    if not isinstance(data, dict):
        raise InputError("demande illisible : un objet JSON est attendu")
    return data


def _text(data: dict[str, Any], key: str, *, limit: int = 200, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > limit or (required and not value):
        raise InputError(f"« {key} » manquant ou illisible", param=key)
    return value


async def _json_call(call: Callable[[], Awaitable[dict[str, Any]]]) -> JSONResponse:
    try:
        return JSONResponse(await call(), headers={"cache-control": "no-store"})
    except EgideError as exc:
        return _error(exc)


def tools_for(request: Request, user: ConsoleUser) -> list[dict[str, str]]:
    """The models this person may use, each with its tool's class and a one-line reminder of it."""
    gateway, _ = _gateway(request)
    principal = Principal(user_id=user.user_id, role=user.role, key_id=0, display_name=user.name)
    with services(request).database.session() as session:
        routes = list_models(session, principal)
    matrix = gateway.settings.policy.matrix
    tools = []
    for route in routes:
        klass = str(route.confidentiality)
        action = matrix.get(route.confidentiality, Action.BLOCK)
        tools.append(
            {
                "alias": route.alias,
                "tool": route.tool_name,
                "klass": klass,
                "klass_label": CLASS_LABELS.get(klass, klass),
                "reminder": f"{CLASS_MEANING.get(klass, klass)} : {ACTION_MEANING[action]}.",
                "builtin": "oui" if route.is_builtin else "",
            }
        )
    return tools


@router.get("/assistant")
def assistant_page(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    gateway, _ = _gateway(request)
    with services(request).database.session() as session:
        saved = list_conversations(session, user.user_id)
    response = render(
        request,
        "assistant/index.html",
        {
            "tools": tools_for(request, user),
            "saved": saved,
            "verdicts": VERDICTS,
            "categories": INCIDENT_CATEGORIES,
            "retention_days": gateway.settings.assistant.retention_days,
            "max_text": MAX_TEXT,
            "reads_incidents": user.role in INCIDENT_READERS,
        },
    )
    # The drug dictionaries take a couple of seconds to load once: after this page, not on the answer.
    response.background = BackgroundTask(to_thread.run_sync, drug_names)
    return response


@router.post("/assistant/check")
async def assistant_check(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    gateway, _ = _gateway(request)

    async def call() -> dict[str, Any]:
        data = await _payload(request)
        report = await to_thread.run_sync(
            lambda: check_text(
                gateway,
                user.user_id,
                _text(data, "tool"),
                data.get("text", ""),
                data.get("history") or [],
                request_id=request.state.request_id,
                conversation_id=_text(data, "conversation", limit=64, required=False) or None,
            ),
            limiter=gateway.prepare_limiter,
        )
        return report.as_json()

    return await _json_call(call)


@router.post("/assistant/send")
async def assistant_send(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    """The answer as server-sent events, exactly as ``/v1/chat/completions`` streams it."""
    gateway, backends = _gateway(request)
    request_id: str = request.state.request_id
    try:
        data = await _payload(request)
        body = chat_body(_text(data, "tool"), data.get("text", ""), data.get("history") or [], stream=True)
        prepared = await to_thread.run_sync(
            gateway.prepare_for_person,
            user.user_id,
            "chat.completions",
            body,
            request_id,
            _text(data, "conversation", limit=64, required=False) or None,
            limiter=gateway.prepare_limiter,
        )
        note_request(request, prepared)
        return await answer(gateway, backends, prepared)
    except EgideError as exc:
        gateway.refused(exc, request_id, user.user_id)  # once: what the gateway audited is marked
        return _error(exc)


@router.post("/assistant/highlight")
async def assistant_highlight(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    async def call() -> dict[str, Any]:
        text = _text(await _payload(request), "text", limit=4 * MAX_TEXT)
        return {"marks": as_json(await to_thread.run_sync(highlight, text))}

    return await _json_call(call)


@router.post("/assistant/verify")
async def assistant_verify(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    async def call() -> dict[str, Any]:
        data = await _payload(request)
        request_id, verdict = _text(data, "request_id", limit=80), _text(data, "verdict", limit=20)

        def record() -> dict[str, Any]:
            with services(request).database.session(write=True) as session:
                event = record_verification(session, user.user_id, request_id, verdict)
            return {"verdict": event.verdict, "label": VERDICTS[event.verdict]}

        return await to_thread.run_sync(record)

    return await _json_call(call)


@router.post("/assistant/incident")
async def assistant_incident(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    gateway, _ = _gateway(request)

    async def call() -> dict[str, Any]:
        data = await _payload(request)
        category = _text(data, "category", limit=40)
        comment = _text(data, "comment", limit=4000, required=False)
        request_id = _text(data, "request_id", limit=80, required=False) or None

        def record() -> dict[str, Any]:
            with services(request).database.session(write=True) as session:
                event = report_incident(
                    session, gateway.detector, user.user_id, category, comment, request_id
                )
            return {"incident": event.incident_id}

        return await to_thread.run_sync(record)

    return await _json_call(call)


@router.post("/assistant/conversations")
async def conversation_save(request: Request, user: ConsoleUser = Depends(require())) -> Response:
    gateway, _ = _gateway(request)

    async def call() -> dict[str, Any]:
        data = await _payload(request)
        existing = _text(data, "id", limit=32, required=False) or None

        def save() -> dict[str, Any]:
            with services(request).database.session(write=True) as session:
                cid = save_conversation(
                    session, user.user_id, data.get("conversation"), gateway.settings.assistant, existing
                )
            return {"id": cid, "retention_days": gateway.settings.assistant.retention_days}

        return await to_thread.run_sync(save)

    return await _json_call(call)


@router.get("/assistant/conversations/{conversation_id}")
def conversation_open(
    request: Request, conversation_id: str, user: ConsoleUser = Depends(require())
) -> Response:
    try:
        with services(request).database.session() as session:
            data = load_conversation(session, user.user_id, conversation_id)
    except EgideError as exc:
        return _error(exc)
    return JSONResponse({"id": conversation_id, "conversation": data}, headers={"cache-control": "no-store"})


@router.post("/assistant/conversations/{conversation_id}/delete")
def conversation_delete(
    request: Request, conversation_id: str, user: ConsoleUser = Depends(require())
) -> Response:
    with services(request).database.session(write=True) as session:
        delete_conversation(session, user.user_id, conversation_id)
    base = request.scope.get("root_path", "")
    return RedirectResponse(f"{base}/assistant?fait=supprimee", status_code=303)


@router.get("/assistant/incidents")
def incidents_page(request: Request, user: ConsoleUser = Depends(require(*INCIDENT_READERS))) -> Response:
    with services(request).database.session() as session:
        incidents = list_incidents(session)
    return render(request, "assistant/incidents.html", {"incidents": incidents})
