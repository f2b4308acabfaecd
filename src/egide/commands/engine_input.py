"""Reading the command line's input: UTF-8 text in pieces, or JSON lines, never all at once.

The pieces are cut into detection blocks with margins by :mod:`egide.detect.blocks`, as in the batch job.

Refusals are :class:`~egide.errors.InputError` (empty, binary, not UTF-8) and
:class:`~egide.errors.PayloadTooLarge`; their messages give positions and sizes, never content.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from egide.errors import InputError, PayloadTooLarge

#: Inputs above this many bytes are refused (``--max-bytes`` changes it).
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
READ_BYTES = 64 * 1024


def open_input(source: str, max_bytes: int | None) -> IO[bytes]:
    """The bytes of a file or of stdin (``-``); a file over ``max_bytes`` is refused before reading."""
    if source == "-":
        return sys.stdin.buffer
    path = Path(source)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(f"{source} n'est pas un fichier")
        if max_bytes is not None and size > max_bytes:
            raise PayloadTooLarge(f"{source} dépasse la taille maximale ({size} octets > {max_bytes})")
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(f"fichier introuvable : {source}") from None
    except PermissionError:
        raise InputError(f"lecture interdite : {source}") from None


def read_pieces(stream: IO[bytes], max_bytes: int, encoding: str = "utf-8") -> Iterator[str]:
    """The input as decoded pieces (one per read of ``READ_BYTES``) whose concatenation is the whole input.

    ``encoding`` is UTF-8 unless told otherwise (``--encoding cp1252`` for exports of older patient
    record systems). Raises :class:`InputError` for empty, binary or undecodable input and
    :class:`PayloadTooLarge` past ``max_bytes``; messages give positions, never content.
    """
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    except LookupError:
        raise InputError(f"encodage inconnu : {encoding} (par exemple utf-8, cp1252, latin-1)") from None
    label = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
    held: list[str] = []
    read = 0
    meaningful = False
    while True:
        chunk = stream.read(READ_BYTES)
        if chunk:
            if b"\x00" in chunk:
                raise InputError("l'entrée est binaire (octet nul), du texte UTF-8 est attendu")
            read += len(chunk)
            if read > max_bytes:
                raise PayloadTooLarge(f"l'entrée dépasse la taille maximale ({max_bytes} octets)")
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"l'entrée n'est pas en {label} (octet invalide vers la position {read - len(chunk) + exc.start})"
            ) from None
        # A byte-order mark is kept: offsets count it, as Python's utf-8 codec does. Pieces are held
        # back until one has something in it, so that an empty input is refused before any output.
        meaningful = meaningful or bool(text.replace("\ufeff", "").strip())
        held.append(text)
        if meaningful:
            yield from held
            held.clear()
        if not chunk:
            break
    if not meaningful:
        raise InputError("l'entrée est vide")


def read_line(stream: IO[bytes], max_bytes: int) -> tuple[bytes | None, bool]:
    """The next line (``None`` at the end) and whether it was longer than ``max_bytes`` (then skipped)."""
    line = stream.readline(max_bytes + 1)
    if not line:
        return None, False
    if len(line) > max_bytes and not line.endswith(b"\n"):
        while True:  # drop the rest of the over-long line without holding it
            rest = stream.readline(READ_BYTES)
            if not rest or rest.endswith(b"\n"):
                break
        return b"", True
    return line, False
