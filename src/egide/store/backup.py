"""Copies of a SQLite database taken while it is in use, and restored in place.

SQLite runs in WAL mode: recent commits live in ``egide.db-wal`` until a checkpoint, so copying
``egide.db`` alone can copy an empty or stale database. SQLite's online backup API reads a
consistent snapshot through the database engine, WAL included, while other processes keep
writing. PostgreSQL has its own tools (``pg_dump`` / ``pg_restore``, see the README).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from egide.errors import InputError, StorageError
from egide.store.files import create_private_file


def backup_sqlite(database: Path, target: Path) -> None:
    """Write a consistent copy of ``database`` to ``target`` (a new file; never overwritten)."""
    if target.exists():
        raise InputError(f"le fichier de sauvegarde existe déjà : {target}")
    partial = target.with_name(target.name + ".partiel")
    try:
        create_private_file(partial)
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # The copy is a single self-contained file: no WAL beside it.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(partial, target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"sauvegarde impossible ({type(exc).__name__}: {exc})") from None


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def restore_sqlite(backup: Path, database: Path) -> None:
    """Replace the content of ``database`` with ``backup``, through SQLite (WAL and locks respected)."""
    if not is_sqlite_file(backup):
        raise InputError(f"pas une sauvegarde SQLite : {backup}")
    try:
        create_private_file(database)
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(database, timeout=30)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise StorageError(f"restauration impossible ({type(exc).__name__}: {exc})") from None
