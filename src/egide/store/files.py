"""Files of the database that only their owner may read."""

from __future__ import annotations

import os
from pathlib import Path


def create_private_directory(folder: Path) -> None:
    """Create ``folder`` (and missing parents) for its owner only (0700); an existing one keeps its mode."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def create_private_file(file: Path) -> None:
    """Create a missing SQLite file readable by its owner only (0600, its new directory 0700).

    A database (or its backup) holds the registry, hashed keys, encrypted credentials and the
    conversation mappings: other local accounts have no business reading it, whatever the process
    umask. SQLite gives its ``-wal`` and ``-shm`` files the mode of the database file, so they follow.
    """
    create_private_directory(file.parent)
    try:
        fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
