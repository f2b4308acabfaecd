"""`egide users …`: people, their API keys, training records and charter acceptances."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from egide.commands.actor import ADMIN, SECURITY, AsOption, act_as
from egide.commands.database import open_database
from egide.errors import InputError, NotFound
from egide.governance import (
    Role,
    accept_charter,
    add_user,
    create_key,
    current_charter,
    deactivate_user,
    find_module,
    find_user,
    list_keys,
    list_users,
    publish_charter,
    record_training,
    revoke_key,
)
from egide.governance.stewards import RECORDERS, ensure_steward_of

users_app = typer.Typer(help="Utilisateurs, clés d'API, formation et charte.", no_args_is_help=True)
keys_app = typer.Typer(
    help="Clés d'API (affichées une seule fois, conservées hachées).", no_args_is_help=True
)
training_app = typer.Typer(help="Formation à l'IA (AI Act, art. 4).", no_args_is_help=True)
charter_app = typer.Typer(help="Charte d'usage de l'IA générative.", no_args_is_help=True)
users_app.add_typer(keys_app, name="keys")
users_app.add_typer(training_app, name="training")
users_app.add_typer(charter_app, name="charter")

UserArg = Annotated[str, typer.Argument(help="Numéro ou adresse électronique de l'utilisateur.")]


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Nom affiché.")],
    email: Annotated[str, typer.Argument(help="Adresse électronique (unique).")],
    role: Annotated[Role, typer.Option("--role", case_sensitive=False, help="Rôle.")] = Role.PROFESSIONAL,
    service: Annotated[str | None, typer.Option("--service", help="Service (unité, pôle).")] = None,
    with_key: Annotated[bool, typer.Option("--key", help="Créer aussi une clé d'API.")] = False,
    who: AsOption = None,
) -> None:
    """Ajouter un utilisateur."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users add", ADMIN)
        user = add_user(session, name=name, email=email, role=role, service=service, actor_user_id=actor)
        key = create_key(session, user.id, actor_user_id=actor) if with_key else None
    typer.echo(f"utilisateur n°{user.id} ajouté ({user.role})")
    if key is not None:
        typer.echo(f"clé d'API (affichée une seule fois) : {key.secret}")


@users_app.command("deactivate")
def deactivate(user: UserArg, who: AsOption = None) -> None:
    """Désactiver un compte : ses clés sont révoquées aussitôt, il ne peut plus agir ni servir."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users deactivate", SECURITY)
        view = deactivate_user(session, find_user(session, user).id, actor_user_id=actor)
    typer.echo(f"utilisateur n°{view.id} désactivé")


@users_app.command("password")
def password(
    user: UserArg,
    who: AsOption = None,
) -> None:
    """Définir le mot de passe de console d'une personne, lu sur l'entrée standard (jamais en argument).

    Au terminal, il est demandé deux fois sans écho ; sinon la première ligne de l'entrée standard est
    lue (« printf '%s\\n' "$MDP" | egide users password … »). Un administrateur le fait pour quelqu'un ;
    chacun peut le faire pour soi (--as soi-même). Les sessions ouvertes de la personne sont fermées.
    """
    from egide.console.passwords import set_password
    from egide.console.sessions import end_all_sessions
    from egide.store.types import utcnow

    secret = _read_password()
    settings, db = open_database()
    with db.session(write=True) as session:
        user_id = find_user(session, user).id
        actor = act_as(session, who, "users password", tuple(Role) if _is(session, who, user_id) else ADMIN)
        set_password(
            session, user_id, secret, min_length=settings.console.password_min_length, actor_user_id=actor
        )
        end_all_sessions(session, user_id, now=utcnow(), reason_code="password_set", actor_user_id=actor)
    typer.echo(f"mot de passe de l'utilisateur n°{user_id} enregistré (haché, Argon2id)")


def _is(session: Session, who: str | None, user_id: int) -> bool:
    """Whether ``--as`` names the person ``user_id`` (by number or e-mail)."""
    if not who or not who.strip():
        return False
    try:
        return find_user(session, who.strip()).id == user_id
    except NotFound:
        return False


def _read_password() -> str:
    import sys
    from getpass import getpass

    if sys.stdin.isatty():
        first = getpass("Mot de passe : ")
        if getpass("Une seconde fois : ") != first:
            raise InputError("les deux saisies diffèrent", param="password")
        return first
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


@users_app.command("list")
def list_() -> None:
    """Lister les utilisateurs, leur formation et leur acceptation de la charte."""
    db = open_database()[1]
    with db.session() as session:
        users = list_users(session)
    for user in users:
        trained = f"formé jusqu'au {user.trained_until}" if user.trained_until else "formation non validée"
        charter = "charte acceptée" if user.accepted_current_charter else "charte non acceptée"
        state = "" if user.active else "\tdésactivé"
        typer.echo(
            f"{user.id}\t{user.name}\t{user.email}\t{user.role}\t{user.service or ''}\t{trained}\t{charter}{state}"
        )


@keys_app.command("create")
def key_create(
    user: UserArg,
    label: Annotated[str | None, typer.Option("--label", help="Libellé de la clé.")] = None,
    who: AsOption = None,
) -> None:
    """Créer une clé d'API ; elle n'est affichée qu'une fois."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users keys create", ADMIN)
        key = create_key(session, find_user(session, user).id, label=label, actor_user_id=actor)
    typer.echo(f"clé n°{key.id} ({key.prefix}) — affichée une seule fois :", err=True)
    typer.echo(key.secret)


@keys_app.command("list")
def key_list(
    user: Annotated[str | None, typer.Argument(help="Restreindre à cet utilisateur.")] = None,
) -> None:
    """Lister les clés (préfixe, dernier usage, révocation) ; jamais les secrets."""
    db = open_database()[1]
    with db.session() as session:
        user_id = find_user(session, user).id if user else None
        keys = list_keys(session, user_id)
    for key in keys:
        used = key.last_used_at.isoformat(timespec="seconds") if key.last_used_at else "jamais utilisée"
        state = f"révoquée le {key.revoked_at.isoformat(timespec='seconds')}" if key.revoked_at else "active"
        typer.echo(f"{key.id}\t{key.prefix}\tutilisateur n°{key.user_id}\t{key.label or ''}\t{used}\t{state}")


@keys_app.command("revoke")
def key_revoke(
    key: Annotated[str, typer.Argument(metavar="CLÉ", help="Numéro ou préfixe (eg-…) de la clé.")],
    who: AsOption = None,
) -> None:
    """Révoquer une clé (effective dès la requête suivante, dans chaque processus qui sert)."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users keys revoke", SECURITY)
        view = revoke_key(session, key, actor_user_id=actor)
    typer.echo(f"clé n°{view.id} ({view.prefix}) révoquée")


def day_option(value: str, option: str) -> date:
    """« 14/09/2026 », « 14-09-2026 », « 14.09.2026 » (French order) or « 2026-09-14 »."""
    text = value.strip()
    try:
        if len(text) == 10 and text[4] == "-":
            return date.fromisoformat(text)
        day, month, year = (int(part) for part in text.replace(".", "/").replace("-", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        raise InputError(
            f"{option} : date attendue au format JJ/MM/AAAA ou AAAA-MM-JJ", param=option
        ) from None


@training_app.command("record")
def training_record(
    user: UserArg,
    completed_on: Annotated[
        str | None,
        typer.Option(
            "--date", help="Date de la formation (JJ/MM/AAAA ou AAAA-MM-JJ), aujourd'hui par défaut."
        ),
    ] = None,
    valid_until: Annotated[
        str | None,
        typer.Option("--valid-until", help="Fin de validité (JJ/MM/AAAA ou AAAA-MM-JJ), 3 ans par défaut."),
    ] = None,
    title: Annotated[
        str, typer.Option("--title", help="Intitulé.")
    ] = "Formation à l'usage de l'IA générative",
    module: Annotated[
        str | None,
        typer.Option("--module", help="Numéro ou intitulé du module suivi (sa validité s'applique)."),
    ] = None,
    who: AsOption = None,
) -> None:
    """Enregistrer une formation à l'IA suivie par l'utilisateur (un référent : pour son service)."""
    done = day_option(completed_on, "--date") if completed_on else date.today()
    until = day_option(valid_until, "--valid-until") if valid_until else None
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users training record", RECORDERS)
        user_id = find_user(session, user).id
        ensure_steward_of(session, actor, user_id)
        record_training(
            session,
            user_id,
            completed_on=done,
            valid_until=until,
            title=title,
            module_id=find_module(session, module).id if module else None,
            actor_user_id=actor,
        )
    typer.echo(f"formation enregistrée pour l'utilisateur n°{user_id}")


@charter_app.command("accept")
def charter_accept(user: UserArg, who: AsOption = None) -> None:
    """Enregistrer l'acceptation de la charte : par la personne elle-même (--as elle), ou pour elle par un administrateur (tracé comme tel)."""
    db = open_database()[1]
    with db.session(write=True) as session:
        user_id = find_user(session, user).id
        own = who is not None and who.strip().lower() in (user.strip().lower(), str(user_id))
        actor = act_as(session, who, "users charter accept", tuple(Role) if own else ADMIN)
        charter_id = accept_charter(session, user_id, actor_user_id=actor)
    if actor == user_id:
        typer.echo(f"charte n°{charter_id} acceptée par l'utilisateur n°{user_id}")
    else:
        typer.echo(
            f"charte n°{charter_id} acceptée pour l'utilisateur n°{user_id} par le compte n°{actor} (tracé comme tel)"
        )


@charter_app.command("publish")
def charter_publish(
    version: Annotated[str, typer.Option("--version", help="Numéro de version, unique.")],
    title: Annotated[str, typer.Option("--title", help="Titre.")],
    body_file: Annotated[
        Path, typer.Option("--file", exists=True, dir_okay=False, help="Texte de la charte.")
    ],
    who: AsOption = None,
) -> None:
    """Publier une nouvelle version de la charte : chacun devra l'accepter à nouveau avant sa requête suivante."""
    body = body_file.read_text(encoding="utf-8")
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users charter publish", ADMIN)
        charter = publish_charter(session, version=version, title=title, body=body, actor_user_id=actor)
    typer.echo(f"charte version {charter.version} publiée (n°{charter.id})")


@charter_app.command("show")
def charter_show() -> None:
    """Afficher la charte en vigueur : sa version, son titre et son texte."""
    db = open_database()[1]
    with db.session() as session:
        charter = current_charter(session)
    if charter is None:
        typer.echo("aucune charte publiée")
        return
    typer.echo(f"charte n°{charter.id}, version {charter.version} : {charter.title}\n")
    typer.echo(charter.body)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""
    app.add_typer(users_app, name="users")
