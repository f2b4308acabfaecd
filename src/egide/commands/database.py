"""The database as the commands open it, and ``egide init``, the one command besides ``serve`` that creates it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from egide.settings import Settings
    from egide.store import Database


def open_database(*, create: bool = False, settings: Settings | None = None) -> tuple[Settings, Database]:
    """Settings (with their secret) and the migrated database; says on stderr which database it is.

    Without ``create``, a database that does not exist is refused (exit 2): a command run from
    another directory or with another configuration never starts an empty registry of its own.
    """
    # Imported here: settings pull in every area's configuration, which the other commands do not need.
    from egide.app import describe_database
    from egide.app import open_database as open_assembled
    from egide.settings import load_settings

    settings = settings or load_settings()
    typer.echo(f"base : {describe_database(settings)}", err=True)
    settings, db, admin_key = open_assembled(settings, create=create)
    if admin_key is not None:  # first use of this database: the administrator's key, shown once
        typer.echo(
            f"première initialisation — clé d'API de l'administrateur (affichée une seule fois) : {admin_key}",
            err=True,
        )
    return settings, db


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""

    @app.command()
    def init() -> None:
        """Créer la base et la clé secrète (si absentes), appliquer les migrations, créer l'administrateur."""
        from egide.app import secret_path
        from egide.settings import load_settings

        configured = load_settings()
        settings, db = open_database(create=True, settings=configured)
        db.dispose()
        if not configured.secret_key:  # none in the configuration: the one generated in the data directory
            typer.echo(f"clé secrète : {secret_path(settings)} (à sauvegarder avec la base)", err=True)
        typer.echo("base prête")
