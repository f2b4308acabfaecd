"""``egide backup FILE`` and ``egide restore FILE``: SQLite's online backup, checked by the audit chain."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from egide.errors import InputError

if TYPE_CHECKING:
    from egide.audit.log import ChainReport
    from egide.settings import Settings

_POSTGRES = (
    "base PostgreSQL : sauvegardez-la avec pg_dump -Fc (et restaurez avec pg_restore), voir la "
    "section « Sauvegardes » du README ; egide backup ne copie que la base SQLite par défaut"
)


def _sqlite_path(settings: Settings) -> Path:
    from egide.app import sqlite_file

    file = sqlite_file(settings)
    if file is None:
        raise InputError(_POSTGRES)
    return file


def _verify_copy(copy: Path, secret: str) -> ChainReport:
    """Verify the audit chain of a copy without touching it (a scratch copy is opened instead)."""
    from egide.audit import AuditLog
    from egide.errors import NotInitialised
    from egide.store import Database

    with tempfile.TemporaryDirectory(prefix="egide-verif-") as scratch:
        path = Path(scratch) / "egide.db"
        shutil.copyfile(copy, path)
        db = Database(f"sqlite:///{path.as_posix()}", secret_key=secret)
        try:
            if not db.is_initialised():
                raise NotInitialised(f"pas une base égide : {copy}")
            return AuditLog(db, secret).verify()
        finally:
            db.dispose()


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""

    @app.command()
    def backup(
        target: Annotated[Path, typer.Argument(help="Fichier de sauvegarde à créer (jamais écrasé).")],
    ) -> None:
        """Sauvegarder la base SQLite en service (copie cohérente, WAL compris) et vérifier sa chaîne d'audit."""
        from egide.app import secret_path
        from egide.commands.database import open_database
        from egide.store.backup import backup_sqlite

        settings, db = open_database()
        db.dispose()
        backup_sqlite(_sqlite_path(settings), target)
        report = _verify_copy(target, settings.secret_key)
        typer.echo(f"sauvegarde : {target} ({report.message})")
        typer.echo(
            f"gardez aussi la clé secrète ({secret_path(settings)} ou EGIDE_SECRET_KEY) : sans elle, ni la "
            "chaîne d'audit ni les clés des outils ne se relisent",
            err=True,
        )
        if not report.ok:
            raise typer.Exit(1)

    @app.command()
    def restore(
        source: Annotated[Path, typer.Argument(help="Sauvegarde faite par « egide backup ».")],
    ) -> None:
        """Remplacer la base SQLite par une sauvegarde dont la chaîne d'audit se vérifie (serveur arrêté)."""
        from egide.app import describe_database, with_secret
        from egide.settings import load_settings
        from egide.store.backup import is_sqlite_file, restore_sqlite

        settings = with_secret(load_settings())
        target = _sqlite_path(settings)
        typer.echo(f"base : {describe_database(settings)}", err=True)
        if not is_sqlite_file(source):
            raise InputError(f"pas une sauvegarde SQLite : {source}")
        report = _verify_copy(source, settings.secret_key)
        if not report.ok:
            typer.echo(f"sauvegarde refusée : {report.message}", err=True)
            raise typer.Exit(2 if report.wrong_key else 1)
        restore_sqlite(source, target)
        from egide.app import open_database

        _settings, db, _key = open_database(settings)  # migrations of a newer égide run here
        db.dispose()
        typer.echo(f"restaurée depuis {source} ({report.message})")
