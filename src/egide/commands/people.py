"""`egide users import|service|coverage|export` and `egide users modules …`: the roster and training."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from egide.commands.actor import AsOption, act_as
from egide.commands.database import open_database
from egide.commands.exits import EXIT_FOUND_PROBLEM
from egide.commands.users import UserArg, day_option, training_app, users_app
from egide.errors import InputError
from egide.governance import (
    Role,
    add_module,
    charter_acceptances_csv,
    coverage_csv,
    find_module,
    find_user,
    import_people,
    list_modules,
    retire_module,
    training_coverage,
    training_records_csv,
    update_module,
    update_person,
)
from egide.governance.roster import MAX_IMPORT_BYTES
from egide.governance.stewards import MANAGERS

modules_app = typer.Typer(
    help="Modules de formation : durée de validité, rôles pour lesquels ils sont obligatoires."
)
training_app.add_typer(modules_app, name="modules")

_OUTCOMES = {"created": "créée", "updated": "mise à jour", "unchanged": "inchangée", "rejected": "refusée"}


@users_app.command("import")
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            exists=True, dir_okay=False, metavar="FICHIER", help="Fichier CSV (nom ; email ; role ; service)."
        ),
    ],
    who: AsOption = None,
) -> None:
    """Importer des personnes d'un fichier CSV : créées, ou mises à jour d'après leur adresse ; un rapport par ligne.

    La première ligne nomme les colonnes (nom, email, role, service ; « prénom » et « nom de famille »
    acceptés) ; séparateur « ; », « , » ou tabulation ; UTF-8, UTF-16 ou Windows-1252. Une cellule vide
    laisse la valeur en place. Code de sortie 1 si des lignes sont refusées.
    """
    if file.stat().st_size > MAX_IMPORT_BYTES:
        raise InputError(f"fichier trop gros ({MAX_IMPORT_BYTES // 1_000_000} Mo au plus)", param="file")
    data = file.read_bytes()
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users import", MANAGERS)
        report = import_people(session, data, actor_user_id=actor)
    for row in report.rows:
        detail = f" ({', '.join(row.fields)})" if row.fields else ""
        reason = f" : {row.reason}" if row.reason else ""
        typer.echo(f"ligne {row.line}\t{_OUTCOMES[row.outcome]}{detail}\t{row.email or ''}{reason}")
    if report.ignored_columns:
        typer.echo(f"colonnes ignorées : {', '.join(report.ignored_columns)}", err=True)
    typer.echo(
        f"{report.created} créées, {report.updated} mises à jour, {report.unchanged} inchangées, "
        f"{report.rejected} refusées (lu en {report.encoding})",
        err=True,
    )
    if report.rejected:
        raise typer.Exit(EXIT_FOUND_PROBLEM)


@users_app.command("service")
def service(
    user: UserArg,
    name: Annotated[str | None, typer.Argument(help="Service (unité, pôle) ; absent avec --aucun.")] = None,
    none: Annotated[bool, typer.Option("--aucun", help="Retirer le service de la personne.")] = False,
    who: AsOption = None,
) -> None:
    """Rattacher une personne à un service (la couverture de formation se compte par service)."""
    if (name is None) == (not none):
        raise InputError("donnez un service, ou --aucun", param="service")
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users service", MANAGERS)
        user_id = find_user(session, user).id
        changed = update_person(session, user_id, service=name, clear_service=none, actor_user_id=actor)
    typer.echo(f"utilisateur n°{user_id} : {'service modifié' if changed else 'inchangé'}")


@users_app.command("coverage")
def coverage(
    on: Annotated[
        str | None, typer.Option("--date", help="Jour (JJ/MM/AAAA ou AAAA-MM-JJ), aujourd'hui par défaut.")
    ] = None,
) -> None:
    """Part des personnes formées et liées par la charte en vigueur, par service et en tout."""
    db = open_database()[1]
    with db.session() as session:
        result = training_coverage(session, day_option(on, "--date") if on else None)
    typer.echo(f"au {result.on.isoformat()}, charte en vigueur : {result.charter_version or 'aucune'}")
    typer.echo("service\tpersonnes\tformées\tcharte\tformées et charte")
    for entry in (*result.services, result.overall):
        name = "Total" if entry is result.overall else entry.service or "Sans service"
        share = f" ({entry.covered_share:.0%})" if entry.covered_share is not None else ""
        typer.echo(
            f"{name}\t{entry.people}\t{entry.trained}\t{entry.charter_accepted}\t{entry.covered}{share}"
        )


@users_app.command("export")
def export(
    what: Annotated[
        str, typer.Argument(metavar="QUOI", help="training (formations), charter (acceptations) ou coverage.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Fichier ; la sortie standard par défaut.")
    ] = None,
    who: AsOption = None,
) -> None:
    """Exporter la preuve en CSV (« ; », UTF-8 avec BOM) : formations, acceptations de la charte ou couverture."""
    if what not in ("training", "charter", "coverage"):
        raise InputError("QUOI : training, charter ou coverage", param="what")
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, f"users export {what}", MANAGERS)
        if what == "training":
            text = training_records_csv(session, actor_user_id=actor)
        elif what == "charter":
            text = charter_acceptances_csv(session, actor_user_id=actor)
        else:
            text = coverage_csv(session, actor_user_id=actor)[1]
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8", newline="")
        typer.echo(f"écrit : {output}", err=True)


RolesOption = Annotated[
    list[Role] | None,
    typer.Option(
        "--obligatoire", case_sensitive=False, help="Rôle pour lequel le module est obligatoire (répétable)."
    ),
]


@modules_app.command("add")
def module_add(
    title: Annotated[str, typer.Argument(help="Intitulé (unique).")],
    months: Annotated[int, typer.Option("--mois", help="Durée de validité en mois (1 à 120).")],
    mandatory_for: RolesOption = None,
    description: Annotated[str, typer.Option("--description", help="Description.")] = "",
    who: AsOption = None,
) -> None:
    """Déclarer un module de formation ; obligatoire pour des rôles, il conditionne l'accès à la passerelle."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users training modules add", MANAGERS)
        module = add_module(
            session,
            title=title,
            validity_months=months,
            description=description,
            mandatory_for=mandatory_for or (),
            actor_user_id=actor,
        )
    typer.echo(f"module n°{module.id} ajouté")


@modules_app.command("mandatory")
def module_mandatory(
    module: Annotated[str, typer.Argument(help="Numéro ou intitulé du module.")],
    mandatory_for: RolesOption = None,
    who: AsOption = None,
) -> None:
    """Fixer les rôles pour lesquels un module est obligatoire (aucun --obligatoire : facultatif)."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users training modules mandatory", MANAGERS)
        view = update_module(
            session, find_module(session, module).id, mandatory_for=mandatory_for or (), actor_user_id=actor
        )
    roles = ", ".join(r.value for r in view.mandatory_for) or "personne"
    typer.echo(f"module n°{view.id} obligatoire pour : {roles}")


@modules_app.command("retire")
def module_retire(
    module: Annotated[str, typer.Argument(help="Numéro ou intitulé du module.")], who: AsOption = None
) -> None:
    """Retirer un module : il n'oblige plus personne ; ses enregistrements restent."""
    db = open_database()[1]
    with db.session(write=True) as session:
        actor = act_as(session, who, "users training modules retire", MANAGERS)
        view = retire_module(session, find_module(session, module).id, actor_user_id=actor)
    typer.echo(f"module n°{view.id} retiré")


@modules_app.command("list")
def module_list() -> None:
    """Lister les modules : validité, rôles pour lesquels ils sont obligatoires."""
    db = open_database()[1]
    with db.session() as session:
        modules = list_modules(session)
    for module in modules:
        roles = ", ".join(r.value for r in module.mandatory_for) or "facultatif"
        state = "" if module.active else "\tretiré"
        typer.echo(f"{module.id}\t{module.title}\t{module.validity_months} mois\t{roles}{state}")


def register(app: typer.Typer) -> None:
    """Nothing to add at the root: these commands live under `egide users` (see egide.commands.users)."""
