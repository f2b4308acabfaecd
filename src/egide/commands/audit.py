"""`egide audit …`: verify the hash chain, export a period, purge past retention."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Annotated, Literal

import typer

from egide.audit import AuditLog
from egide.commands.database import open_database
from egide.commands.exits import EXIT_FOUND_PROBLEM, EXIT_INPUT
from egide.errors import InputError

audit_app = typer.Typer(help="Journal d'audit infalsifiable (chaîne d'empreintes).", no_args_is_help=True)


def _day(value: str | None, option: str) -> datetime | None:
    """A day (AAAA-MM-JJ) or a full ISO timestamp, as an aware UTC datetime."""
    if value is None:
        return None
    try:
        parsed = (
            datetime.fromisoformat(value)
            if "T" in value
            else datetime.combine(date.fromisoformat(value), time())
        )
    except ValueError:
        raise InputError(f"{option} : date AAAA-MM-JJ attendue", param=option) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


@audit_app.command("verify")
def verify() -> None:
    """Vérifier toute la chaîne : code 1 en nommant le premier enregistrement rompu ou manquant, 2 si la clé secrète n'est pas celle du journal."""
    settings, db = open_database()
    report = AuditLog(db, settings.secret_key).verify()
    if report.ok:
        typer.echo(report.message)
        return
    typer.echo(report.message, err=True)
    # 2: the configuration is wrong (another secret); 1: the chain itself is broken.
    raise typer.Exit(EXIT_INPUT if report.wrong_key else EXIT_FOUND_PROBLEM)


@audit_app.command("export")
def export(
    start: Annotated[str | None, typer.Option("--from", help="Début inclus (AAAA-MM-JJ, UTC).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Fin exclue (AAAA-MM-JJ, UTC).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="csv ou json.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Fichier (sortie standard sinon).")
    ] = None,
) -> None:
    """Exporter les enregistrements d'une période en CSV ou JSON."""
    if fmt not in ("csv", "json"):
        raise InputError("--format : csv ou json", param="format")
    chosen: Literal["csv", "json"] = "csv" if fmt == "csv" else "json"
    settings, db = open_database()
    log = AuditLog(db, settings.secret_key)
    since, until = _day(start, "--from"), _day(end, "--to")
    if output is None:
        count = log.export(sys.stdout, since, until, chosen)
    else:
        with output.open("w", encoding="utf-8", newline="") as out:
            count = log.export(out, since, until, chosen)
    typer.echo(f"{count} enregistrements exportés", err=True)


@audit_app.command("purge")
def purge(
    retention_days: Annotated[
        int | None, typer.Option("--retention-days", min=183, help="Par défaut : audit.retention_days.")
    ] = None,
) -> None:
    """Supprimer les enregistrements plus anciens que la durée de conservation (la chaîne reste vérifiable)."""
    settings, db = open_database()
    days = retention_days if retention_days is not None else settings.audit.retention_days
    count = AuditLog(db, settings.secret_key).purge(days)
    typer.echo(f"{count} enregistrements de plus de {days} jours supprimés")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""
    app.add_typer(audit_app, name="audit")
