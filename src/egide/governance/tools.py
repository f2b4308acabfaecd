"""The registry of tools: add, suspend, retire; resolve a model alias to an approved tool.

Approval goes through the review (:mod:`egide.governance.workflow`).

Every request reads the registry (one prepared Core query), so suspending a tool (the kill switch)
takes effect on the next request; only decrypted credentials are remembered, by ciphertext. Mutating functions write their audit event in the same transaction;
call them inside ``db.session(write=True)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import cast

from sqlalchemy import Connection, Table, bindparam, select
from sqlalchemy.orm import Session, selectinload

from egide.audit.log import append_events
from egide.confidentiality import Confidentiality
from egide.errors import ConfigError, Conflict, InputError, NotFound
from egide.governance.crypto import decrypt_credential, encrypt_credential
from egide.governance.events import ToolAdded, ToolApproved, ToolRetired, ToolSuspended
from egide.governance.types import Principal, Route, ToolStatus, ToolView
from egide.store.database import SECRET_INFO_KEY, session_secret
from egide.store.models.governance import Tool, ToolModel

#: Base URL of tools that égide answers itself (each one a backend of egide.gateway.backends).
BUILTIN_SCHEME = "builtin:"
APERCU_BASE_URL = "builtin:apercu"
APERCU_NAME = "aperçu"
APERCU_ALIAS = "apercu"
BUILTIN_URLS: frozenset[str] = frozenset({APERCU_BASE_URL})

#: Allowed status changes (any status may also go to ``retired``, once).
TRANSITIONS: dict[ToolStatus, frozenset[ToolStatus]] = {
    ToolStatus.PROPOSED: frozenset({ToolStatus.APPROVED, ToolStatus.RETIRED}),
    ToolStatus.APPROVED: frozenset({ToolStatus.SUSPENDED, ToolStatus.RETIRED}),
    ToolStatus.SUSPENDED: frozenset({ToolStatus.APPROVED, ToolStatus.RETIRED}),
    ToolStatus.RETIRED: frozenset(),
}
_MAX_ALIAS = 120


def _check_base_url(base_url: str) -> str:
    url = base_url.strip().rstrip("/")
    if not (url.startswith(("http://", "https://")) or url in BUILTIN_URLS) or len(url) > 500:
        raise InputError(
            f"URL de base invalide : http://, https:// ou un outil intégré ({', '.join(sorted(BUILTIN_URLS))}) attendu",
            param="base_url",
        )
    return url


def _check_models(models: Mapping[str, str]) -> dict[str, str]:
    if not models:
        raise InputError("un outil expose au moins un modèle (alias=modèle amont)", param="models")
    checked: dict[str, str] = {}
    for alias, upstream in models.items():
        alias, upstream = alias.strip(), upstream.strip()
        if (
            not alias
            or not upstream
            or len(alias) > _MAX_ALIAS
            or len(upstream) > 200
            or any(c.isspace() for c in alias)
        ):
            raise InputError("alias de modèle invalide (sans espace, 120 caractères au plus)", param="models")
        checked[alias] = upstream
    return checked


def _view(tool: Tool) -> ToolView:
    pairs = tuple((m.alias, m.upstream_model) for m in sorted(tool.models, key=lambda m: m.alias))
    return ToolView(
        id=tool.id,
        name=tool.name,
        base_url=tool.base_url,
        status=ToolStatus(tool.status),
        confidentiality=Confidentiality(tool.confidentiality),
        aliases=tuple(alias for alias, _ in pairs),
        models=pairs,
        has_credential=tool.api_key_encrypted is not None,
        visible_mention=tool.visible_mention,
    )


def _get(session: Session, tool_id: int) -> Tool:
    tool = session.get(Tool, tool_id, options=[selectinload(Tool.models)])
    if tool is None:
        raise NotFound(f"outil n°{tool_id} inconnu", code="tool_not_found")
    return tool


def find_tool(session: Session, name_or_id: str) -> ToolView:
    """A tool by id (digits) or by exact name."""
    if name_or_id.isdigit():
        return _view(_get(session, int(name_or_id)))
    tool = session.scalars(
        select(Tool).where(Tool.name == name_or_id).options(selectinload(Tool.models))
    ).first()
    if tool is None:
        raise NotFound("outil inconnu", code="tool_not_found")
    return _view(tool)


def add_tool(
    session: Session,
    *,
    name: str,
    base_url: str,
    confidentiality: Confidentiality | str,
    models: Mapping[str, str],
    api_key: str | None = None,
    visible_mention: str | None = None,
    status: ToolStatus = ToolStatus.PROPOSED,
    actor_user_id: int | None = None,
) -> ToolView:
    """Register a tool, ``proposed``; its credential is encrypted at rest.

    Only égide's own tools (``builtin:…``, nothing leaves the establishment) may be registered
    ``approved`` directly, at bootstrap; any other tool is approved by a decision after its review
    (:func:`egide.governance.workflow.approve_tool`).
    """
    name = name.strip()
    if not name or len(name) > 120:
        raise InputError("nom d'outil vide ou trop long (120 caractères au plus)", param="name")
    try:
        klass = Confidentiality(confidentiality)
    except ValueError:
        choices = ", ".join(c.value for c in Confidentiality)
        raise InputError(
            f"classe de confidentialité inconnue (attendu : {choices})", param="confidentiality"
        ) from None
    url = _check_base_url(base_url)
    if status is not ToolStatus.PROPOSED and url not in BUILTIN_URLS:
        raise Conflict("un outil est enregistré « proposé » ; il est approuvé après sa revue")
    aliases = _check_models(models)
    if session.scalar(select(Tool.id).where(Tool.name == name)) is not None:
        raise Conflict(f"un outil nommé {name!r} existe déjà")
    taken = session.scalars(
        select(ToolModel.alias)
        .join(Tool)
        .where(ToolModel.alias.in_(list(aliases)), Tool.status != ToolStatus.RETIRED.value)
    ).all()
    if taken:
        raise Conflict(f"alias déjà utilisés par un autre outil : {', '.join(sorted(set(taken)))}")
    encrypted = encrypt_credential(session_secret(session), api_key) if api_key else None
    tool = Tool(
        name=name,
        base_url=url,
        api_key_encrypted=encrypted,
        confidentiality=klass.value,
        status=status.value,
        visible_mention=(visible_mention or None),
        models=[ToolModel(alias=a, upstream_model=u) for a, u in aliases.items()],
    )
    session.add(tool)
    session.flush()
    append_events(
        session,
        ToolAdded(
            actor_user_id=actor_user_id,
            tool_id=tool.id,
            tool_name=name,
            confidentiality=klass.value,
            aliases=sorted(aliases),
        ),
    )
    return _view(tool)


def transition(
    session: Session, tool_id: int, target: ToolStatus, actor_user_id: int | None, **event: object
) -> ToolView:
    """Change the status if the lifecycle allows it, with its audit event (``event``: extra fields)."""
    tool = _get(session, tool_id)
    current = ToolStatus(tool.status)
    if target not in TRANSITIONS[current]:
        raise Conflict(f"outil n°{tool_id} : passage de « {current} » à « {target} » interdit")
    tool.status = target.value
    session.flush()
    event_type = {
        ToolStatus.APPROVED: ToolApproved,
        ToolStatus.SUSPENDED: ToolSuspended,
        ToolStatus.RETIRED: ToolRetired,
    }[target]
    append_events(
        session,
        event_type(actor_user_id=actor_user_id, tool_id=tool.id, previous_status=current.value, **event),
    )
    return _view(tool)


def suspend_tool(session: Session, tool_id: int, *, actor_user_id: int | None = None) -> ToolView:
    """approved → suspended: the kill switch, effective on the next request (no written decision
    needed: in an emergency one click; :func:`egide.governance.workflow.decide` records one)."""
    return transition(session, tool_id, ToolStatus.SUSPENDED, actor_user_id)


def retire_tool(session: Session, tool_id: int, *, actor_user_id: int | None = None) -> ToolView:
    """Any status → retired, for good; the tool's aliases become free."""
    return transition(session, tool_id, ToolStatus.RETIRED, actor_user_id)


def list_tools(session: Session) -> list[ToolView]:
    """Every tool, whatever its status, by name."""
    tools = session.scalars(select(Tool).options(selectinload(Tool.models)).order_by(Tool.name)).all()
    return [_view(tool) for tool in tools]


def _route(session: Session, tool: Tool, model: ToolModel) -> Route:
    api_key = (
        decrypt_credential(session_secret(session), tool.api_key_encrypted)
        if tool.api_key_encrypted is not None
        else None
    )
    return Route(
        alias=model.alias,
        tool_id=tool.id,
        tool_name=tool.name,
        confidentiality=Confidentiality(tool.confidentiality),
        base_url=tool.base_url,
        api_key=api_key,
        upstream_model=model.upstream_model,
        visible_mention=tool.visible_mention,
    )


# The per-request path runs one Core statement built once: no ORM objects, no per-call construction.
_TOOLS = cast(Table, Tool.__table__)
_MODELS = cast(Table, ToolModel.__table__)
_ROUTE_BY_ALIAS = (
    select(
        _TOOLS.c.id,
        _TOOLS.c.name,
        _TOOLS.c.confidentiality,
        _TOOLS.c.base_url,
        _TOOLS.c.api_key_encrypted,
        _TOOLS.c.visible_mention,
        _MODELS.c.alias,
        _MODELS.c.upstream_model,
    )
    .select_from(_TOOLS.join(_MODELS, _MODELS.c.tool_id == _TOOLS.c.id))
    .where(_MODELS.c.alias == bindparam("alias"), _TOOLS.c.status == ToolStatus.APPROVED.value)
    .order_by(_TOOLS.c.id)
    .limit(1)
)
# Read only when no approved tool has the alias: is it a tool the establishment stopped (or has
# not yet approved)? The latest such tool answers.
_UNAVAILABLE_BY_ALIAS = (
    select(_TOOLS.c.id, _TOOLS.c.name, _TOOLS.c.status)
    .select_from(_TOOLS.join(_MODELS, _MODELS.c.tool_id == _TOOLS.c.id))
    .where(_MODELS.c.alias == bindparam("alias"))
    .order_by(_TOOLS.c.id.desc())
    .limit(1)
)

#: Why a registered tool cannot be used, for the client: (error code, what to say after its name).
_UNAVAILABLE: dict[str, tuple[str, str]] = {
    ToolStatus.SUSPENDED.value: ("model_suspended", "est suspendu par l'établissement"),
    ToolStatus.RETIRED.value: ("model_retired", "est retiré du registre de l'établissement"),
    ToolStatus.PROPOSED.value: ("model_not_approved", "n'est pas encore approuvé par l'établissement"),
}


class ToolUnavailable(NotFound):
    """A model alias of a registered tool that may not be used now (suspended, retired, proposed).

    Still 404 for the API, as an unknown model, but with its own code and the tool's status in the
    message (never its upstream): the kill switch explains itself. ``tool_id`` goes to the audit.
    """

    def __init__(self, tool_id: int, tool_name: str, status: str) -> None:
        code, why = _UNAVAILABLE[status]
        super().__init__(
            f"outil « {tool_name} » indisponible : il {why} ; choisissez un autre modèle",
            param="model",
            code=code,
        )
        self.tool_id = tool_id
        self.status = status


@lru_cache(maxsize=256)
def _credential(secret: str, token: bytes) -> str:
    """Decrypted credentials, remembered by ciphertext: a changed credential is a new token (a new
    Fernet token even for the same value), so the cache can never serve a stale one; the registry
    row itself is still read on every request, so a suspended tool is refused at once."""
    return decrypt_credential(secret, token)


def resolve_model(session: Session, principal: Principal, alias: str) -> Route:
    """The route of ``alias`` among approved tools; ``NotFound`` if unknown or not reachable now."""
    del principal  # every approved tool is open to every authorised user (per-role rules: later)
    secret = session.info.get(SECRET_INFO_KEY)
    return resolve_route(session.connection(), secret if isinstance(secret, str) else None, alias)


def resolve_route(conn: Connection, secret: str | None, alias: str) -> Route:
    """:func:`resolve_model` on a Core connection (the gateway's hot path); ``secret`` decrypts credentials."""
    if not alias or len(alias) > _MAX_ALIAS:
        raise NotFound("modèle inconnu ou indisponible", param="model", code="model_not_found")
    row = conn.execute(_ROUTE_BY_ALIAS, {"alias": alias}).first()
    if row is None:
        stopped = conn.execute(_UNAVAILABLE_BY_ALIAS, {"alias": alias}).first()
        if stopped is not None and stopped.status in _UNAVAILABLE:
            raise ToolUnavailable(stopped.id, stopped.name, stopped.status)
        # The alias is not quoted back: it is whatever the client sent in « model ».
        raise NotFound("modèle inconnu ou indisponible", param="model", code="model_not_found")
    token = row.api_key_encrypted
    if token is not None and not secret:
        raise ConfigError("base de données ouverte sans la clé secrète du serveur")
    return Route(
        alias=row.alias,
        tool_id=row.id,
        tool_name=row.name,
        confidentiality=Confidentiality(row.confidentiality),
        base_url=row.base_url,
        api_key=_credential(secret, bytes(token)) if token is not None and secret else None,
        upstream_model=row.upstream_model,
        visible_mention=row.visible_mention,
    )


def list_models(session: Session, principal: Principal) -> list[Route]:
    """Every model the caller may use now (approved tools), by alias."""
    del principal
    rows = session.execute(
        select(Tool, ToolModel)
        .join(ToolModel, ToolModel.tool_id == Tool.id)
        .where(Tool.status == ToolStatus.APPROVED.value)
        .order_by(ToolModel.alias, Tool.id)
    ).all()
    seen: set[str] = set()
    routes: list[Route] = []
    for tool, model in rows:
        if model.alias not in seen:
            seen.add(model.alias)
            routes.append(_route(session, tool, model))
    return routes
