"""Writing a file so that it is either absent or complete: a temporary file renamed into place.

The temporary file lives in the destination's folder (a rename within one file system is atomic)
and starts with ``.`` so that a stopped run leaves nothing a reader could take for output; the next
run of the same job removes such leftovers before starting.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

TEMP_PREFIX = ".egide-tmp-"


@contextmanager
def atomic_path(destination: Path) -> Iterator[Path]:
    """A temporary path that becomes ``destination`` only if the block ends without error.

    For writers that open the file themselves (Parquet); the caller closes it inside the block.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}-{destination.name}")
    try:
        yield temporary
        fd = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(destination: Path, *, newline: str | None = "") -> Iterator[IO[str]]:
    """A text stream (UTF-8) that becomes ``destination`` only if the block ends without error."""
    with (
        atomic_path(destination) as temporary,
        temporary.open("w", encoding="utf-8", newline=newline) as stream,
    ):
        yield stream


def remove_leftovers(root: Path) -> int:
    """Delete temporary files a stopped run left under ``root``; returns how many."""
    removed = 0
    if root.is_dir():
        for path in root.rglob(f"{TEMP_PREFIX}*"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed
