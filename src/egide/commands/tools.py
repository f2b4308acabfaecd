"""`egide tools …`: the registry of tools (add, list, approve, suspend, retire)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from typing import Annotated

import typer

from egide.commands.actor import ADMIN, SECURITY, AsOption, act_as
from egide.commands.database import open_database
from egide.errors import InputError
from egide.governance import (
    Confidentiality,
    add_tool,
    approve_tool,
    find_tool,
    list_tools,
    retire_tool,
    suspend_tool,
)
from egide.governance.types import ToolStatus, ToolView

#: Statuses as a French reader says them (the API and the listing keep the codes).
_STATUS = {
    ToolStatus.PROPOSED: "proposé",
    ToolStatus.APPROVED: "approuvé",
    ToolStatus.SUSPENDED: "suspendu",
    ToolStatus.RETIRED: "retiré",
}

tools_app = typer.Typer(help="Registre des outils d'IA (modèles amont) et leur statut.", no_args_is_help=True)


def _parse_models(pairs: list[str]) -> dict[str, str]:
    models: dict[str, str] = {}
    for pair in pairs:
        alias, sep, upstream = pair.partition("=")
        if not sep or not alias.strip() or not upstream.strip():
            raise InputError(f"--model attend alias=modèle_amont, reçu {pair!r}", param="model")
        models[alias.strip()] = upstream.strip()
    return models


def _line(tool: ToolView) -> str:
    models = ", ".join(f"{alias}={upstream}" for alias, upstream in tool.models)
    key = " [identifiant chiffré]" if tool.has_credential else ""
    return f"{tool.id}\t{tool.name}\t{tool.status}\t{tool.confidentiality}\t{tool.base_url}\t{models}{key}"


@tools_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Nom de l'outil, unique.")],
    base_url: Annotated[str, typer.Option("--base-url", help="URL de base compatible OpenAI (…/v1).")],
    confidentiality: Annotated[
        Confidentiality, typer.Option("--class", help="Classe de confidentialité.", case_sensitive=False)
    ],
    model: Annotated[list[str], typer.Option("--model", help="alias=modèle_amont, répétable (au moins un).")],
    api_key_env: Annotated[
        str | None,
        typer.Option(
            "--api-key-env", help="Variable d'environnement qui contient la clé amont (jamais en argument)."
        ),
    ] = None,
    mention: Annotated[
        str | None, typer.Option("--mention", help="Mention visible ajoutée aux réponses.")
    ] = None,
    approve: Annotated[bool, typer.Option("--approve", help="Approuver l'outil aussitôt.")] = False,
    who: AsOption = None,
) -> None:
    """Ajouter un outil (statut « proposed » sauf --approve)."""
    api_key: str | None = None
    if api_key_env is not None:
        api_key = os.environ.get(api_key_env)
        if not api_key:
            raise InputError(
                f"la variable d'environnement {api_key_env} est vide ou absente", param="api-key-env"
            )
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "tools add", ADMIN)
        tool = add_tool(
            session,
            actor_user_id=actor,
            name=name,
            base_url=base_url,
            confidentiality=confidentiality,
            models=_parse_models(model),
            api_key=api_key,
            visible_mention=mention,
        )
        if approve:
            tool = approve_tool(session, tool.id, actor_user_id=actor)
    typer.echo(f"outil n°{tool.id} « {tool.name} » ajouté (statut : {_STATUS[tool.status]})")


@tools_app.command("list")
def list_(
    as_json: Annotated[bool, typer.Option("--json", help="Sortie JSON.")] = False,
) -> None:
    """Lister les outils, leurs modèles et leur statut."""
    db = open_database()[1]
    with db.session() as session:
        tools = list_tools(session)
    if as_json:
        typer.echo(json.dumps([asdict(tool) for tool in tools], ensure_ascii=False, indent=2))
        return
    for tool in tools:
        typer.echo(_line(tool))


def _change(tool: str, target: ToolStatus, who: str | None, command: str) -> None:
    db = open_database()[1]
    change = {
        ToolStatus.APPROVED: approve_tool,
        ToolStatus.SUSPENDED: suspend_tool,
        ToolStatus.RETIRED: retire_tool,
    }
    with db.session(write=True) as session:
        actor = act_as(session, who, command, SECURITY if target is ToolStatus.SUSPENDED else ADMIN)
        view = change[target](session, find_tool(session, tool).id, actor_user_id=actor)
    typer.echo(f"outil n°{view.id} « {view.name} » : {_STATUS[view.status]}")


ToolArg = Annotated[str, typer.Argument(help="Numéro ou nom de l'outil.")]


@tools_app.command("approve")
def approve_(tool: ToolArg, who: AsOption = None) -> None:
    """Approuver un outil proposé, ou rétablir un outil suspendu."""
    _change(tool, ToolStatus.APPROVED, who, "tools approve")


@tools_app.command("suspend")
def suspend(tool: ToolArg, who: AsOption = None) -> None:
    """Suspendre un outil (coupure immédiate : effective dès la requête suivante)."""
    _change(tool, ToolStatus.SUSPENDED, who, "tools suspend")


@tools_app.command("retire")
def retire(tool: ToolArg, who: AsOption = None) -> None:
    """Retirer définitivement un outil (ses alias redeviennent libres)."""
    _change(tool, ToolStatus.RETIRED, who, "tools retire")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""
    app.add_typer(tools_app, name="tools")
