"""The database as the registry commands open it: settings loaded, migrated, bootstrapped."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from egide.settings import Settings
    from egide.store import Database


def open_database() -> tuple[Settings, Database]:
    """Settings and a migrated database; on first use, print the administrator's key once."""
    # Imported here: settings pull in every area's configuration, which the other commands do not need.
    from egide.governance.bootstrap import open_database as open_bootstrapped
    from egide.settings import load_settings

    settings = load_settings()
    db, admin_key = open_bootstrapped(settings)
    if admin_key is not None:  # first use of this database: the administrator's key, shown once
        typer.echo(
            f"première initialisation — clé d'API de l'administrateur (affichée une seule fois) : {admin_key}",
            err=True,
        )
    return settings, db
