"""`egide tools …`: the registry of tools (add, list, suspend, retire) and their review (assess,
opinion, override, approve, show, alerts)."""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from egide.commands.actor import ADMIN, SECURITY, AsOption, act_as
from egide.commands.database import open_database
from egide.errors import InputError
from egide.governance import (
    OPINION_ROLES,
    Confidentiality,
    ReviewView,
    Verdict,
    add_tool,
    alerts,
    approve_tool,
    decide,
    find_tool,
    give_opinion,
    list_tools,
    override_class,
    parse_assessment,
    refresh_classes,
    retire_tool,
    review,
    save_assessment,
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
    who: AsOption = None,
) -> None:
    """Ajouter un outil, au statut « proposé » : il est approuvé après sa revue (tools assess, opinion, approve)."""
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


ToolArg = Annotated[str, typer.Argument(help="Numéro ou nom de l'outil.")]
RationaleOption = Annotated[
    str | None, typer.Option("--motif", help="Motif écrit de la décision (conservé avec la décision).")
]


@tools_app.command("approve")
def approve_(
    tool: ToolArg,
    rationale: Annotated[str, typer.Option("--motif", help="Motif écrit de la décision (obligatoire).")],
    who: AsOption = None,
) -> None:
    """Approuver un outil après sa revue (évaluation complète, avis DPO, RSSI, référent), ou lever une suspension."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "tools approve", ADMIN)
        view = approve_tool(session, find_tool(session, tool).id, rationale=rationale, actor_user_id=actor)
    typer.echo(f"outil n°{view.id} « {view.name} » : {_STATUS[view.status]}")


def _stop(tool: str, target: ToolStatus, who: str | None, rationale: str | None, command: str) -> None:
    db = open_database()[1]
    with db.session(write=True) as session:
        if rationale is None:  # the kill switch (suspend: administrator or RSSI)
            roles = SECURITY if target is ToolStatus.SUSPENDED else ADMIN
            actor = act_as(session, who, command, roles)
            stop = suspend_tool if target is ToolStatus.SUSPENDED else retire_tool
            view = stop(session, find_tool(session, tool).id, actor_user_id=actor)
        else:
            actor = act_as(session, who, command, ADMIN)
            view = decide(session, find_tool(session, tool).id, target, rationale, actor_user_id=actor)
    typer.echo(f"outil n°{view.id} « {view.name} » : {_STATUS[view.status]}")


@tools_app.command("suspend")
def suspend(tool: ToolArg, rationale: RationaleOption = None, who: AsOption = None) -> None:
    """Suspendre un outil (coupure immédiate, dès la requête suivante) ; avec --motif, une décision écrite."""
    _stop(tool, ToolStatus.SUSPENDED, who, rationale, "tools suspend")


@tools_app.command("retire")
def retire(tool: ToolArg, rationale: RationaleOption = None, who: AsOption = None) -> None:
    """Retirer définitivement un outil (ses alias redeviennent libres) ; avec --motif, une décision écrite."""
    _stop(tool, ToolStatus.RETIRED, who, rationale, "tools retire")


def _read_answers(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"fichier illisible : {path} ({exc.strerror})", param="file") from None
    try:
        data = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise InputError(f"{path} : TOML ou JSON attendu (clé = valeur)", param="file") from None
    if not isinstance(data, dict):
        raise InputError(f"{path} : un objet de réponses attendu", param="file")
    return {key: ("" if value is None else value) for key, value in data.items()}


@tools_app.command("assess")
def assess(
    tool: ToolArg,
    file: Annotated[
        Path,
        typer.Option("--file", help="Réponses en TOML ou JSON (clés : voir « egide tools show --json »)."),
    ],
    who: AsOption = None,
) -> None:
    """Enregistrer l'évaluation d'un outil ; affiche la classe calculée et ses raisons."""
    form = parse_assessment(_read_answers(file))
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "tools assess", ADMIN)
        tool_id = find_tool(session, tool).id
        save_assessment(session, tool_id, form, actor_user_id=actor)
        state = review(session, tool_id)
    typer.echo(_summary(state))


@tools_app.command("opinion")
def opinion(
    tool: ToolArg,
    verdict: Annotated[Verdict, typer.Option("--avis", help="favourable, reserved ou unfavourable.")],
    comment: Annotated[str, typer.Option("--commentaire", help="Commentaire de l'avis (obligatoire).")],
    who: AsOption = None,
) -> None:
    """Donner l'avis de son rôle (DPO, RSSI ou référent) sur l'évaluation d'un outil."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "tools opinion", OPINION_ROLES)
        given = give_opinion(session, find_tool(session, tool).id, verdict, comment, actor_user_id=actor)
    typer.echo(f"avis {given.verdict} du rôle {given.role} enregistré (tour {given.review_round})")


@tools_app.command("override")
def override(
    tool: ToolArg,
    klass: Annotated[
        str, typer.Option("--class", help="Classe imposée, ou « none » pour revenir au calcul.")
    ],
    justification: Annotated[
        str, typer.Option("--justification", help="Justification écrite (obligatoire).")
    ],
    who: AsOption = None,
) -> None:
    """Imposer la classe de confidentialité d'un outil (DSIH), avec une justification écrite."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "tools override", ADMIN)
        target = None if klass.strip().lower() == "none" else klass
        applied = override_class(
            session, find_tool(session, tool).id, target, justification, actor_user_id=actor
        )
    typer.echo(f"classe appliquée : {applied}")


_ABOVE = {klass: "" if klass is Confidentiality.ON_PREMISE else " et au-delà" for klass in Confidentiality}


def _summary(state: ReviewView) -> str:
    lines = [f"outil n°{state.tool.id} « {state.tool.name} » : {_STATUS[state.tool.status]}"]
    if state.classification is not None:
        lines.append(f"classe calculée : {state.classification.klass}")
        lines += [
            f"  - {reason.text} (exclut « {reason.rules_out} »{_ABOVE[reason.rules_out]})"
            for reason in state.classification.reasons
        ]
    if state.override_class is not None:
        lines.append(f"classe imposée : {state.override_class} ({state.override_justification})")
    lines.append(f"classe appliquée : {state.tool.confidentiality}")
    for role, given in state.opinions.items():
        lines.append(f"avis {role} : {given.verdict if given else 'attendu'}")
    lines += [f"bloquant : {why}" for why in state.approval_blockers]
    lines += [f"note : {note.text}" for note in state.notes]
    return "\n".join(lines)


@tools_app.command("show")
def show(
    tool: ToolArg, as_json: Annotated[bool, typer.Option("--json", help="Sortie JSON.")] = False
) -> None:
    """Montrer la revue d'un outil : classe calculée et raisons, avis, décisions, ce qui manque."""
    db = open_database()[1]
    with db.session() as session:
        state = review(session, find_tool(session, tool).id)
    if not as_json:
        typer.echo(_summary(state))
        return
    data = asdict(state)
    data["opinions"] = {str(role): value for role, value in data["opinions"].items()}
    if state.form is not None:
        data["form"]["hds_activities"] = sorted(state.form.hds_activities)
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@tools_app.command("alerts")
def alerts_(
    days: Annotated[
        int | None,
        typer.Option(
            "--days", min=0, help="Annoncer les échéances à moins de N jours (governance.alert_days)."
        ),
    ] = None,
) -> None:
    """Échéances proches (certificat HDS, contrat art. 28), revues rouvertes, outils approuvés sans évaluation.

    Abaisse d'abord la classe des outils dont un certificat ou un contrat a expiré.
    """
    settings, db = open_database()[:2]
    with db.session(write=True) as session:
        lowered = refresh_classes(session)
        found = alerts(session, within_days=settings.governance.alert_days if days is None else days)
    for tool_id in lowered:
        typer.echo(f"outil n°{tool_id} : classe abaissée (échéance passée)")
    for alert in found:
        typer.echo(f"{alert.tool_id}\t{alert.tool_name}\t{alert.kind}\t{alert.message}")
    if not found:
        typer.echo("aucune alerte")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""
    app.add_typer(tools_app, name="tools")
