"""`egide assistant …`: the purge of conversations kept past the DPO's retention."""

from __future__ import annotations

import typer

from egide.assistant import purge_expired
from egide.commands.database import open_database

assistant_app = typer.Typer(
    help="Assistant de la console (conversations enregistrées).", no_args_is_help=True
)


@assistant_app.command("purge")
def purge() -> None:
    """Supprimer les conversations enregistrées au-delà de la durée de conservation (assistant.retention_days) ; à lancer chaque jour (cron, timer systemd)."""
    settings, db = open_database()
    try:
        with db.session(write=True) as session:
            count = purge_expired(session, settings.assistant)
    finally:
        db.dispose()
    typer.echo(
        f"{count} conversation(s) supprimée(s) (conservation : {settings.assistant.retention_days} jours)"
    )


def register(app: typer.Typer) -> None:
    app.add_typer(assistant_app, name="assistant")
