"""A ``.txt`` file is one document; its output is the same text de-identified, in UTF-8.

Read by pieces of ``READ_BYTES`` (never whole: a 200 MB file goes through in bounded memory), decoded
strictly as UTF-8 as it comes; a NUL byte or invalid UTF-8 fails the file at that point, and the
partial output is dropped (see :mod:`egide.batch.atomic`).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from egide.batch.records import FileFailure

#: A document format: :func:`pieces` gives its text, written as text.
DOCUMENT = True
#: Added to the input's name for the output (none: « x.txt » stays « x.txt »).
OUTPUT_SUFFIX = ""
READ_BYTES = 1024 * 1024


def _binary() -> FileFailure:
    return FileFailure("binary", "fichier binaire (octet nul), du texte UTF-8 est attendu")


def decode(raw: bytes) -> str:
    """Strict UTF-8; a NUL byte means a binary file. Messages give positions, never content."""
    if b"\x00" in raw:
        raise _binary()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileFailure(
            "invalid_encoding", f"pas en UTF-8 (octet invalide à la position {exc.start})"
        ) from None


def pieces(path: Path, read_bytes: int | None = None) -> Iterator[str]:
    """The file's text, piece by piece (a byte-order mark is kept, as ``decode`` keeps it)."""
    read_bytes = read_bytes or READ_BYTES
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    position = 0
    with path.open("rb") as stream:
        while True:
            chunk = stream.read(read_bytes)
            if b"\x00" in chunk:
                raise _binary()
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                raise FileFailure(
                    "invalid_encoding", f"pas en UTF-8 (octet invalide à la position {position + exc.start})"
                ) from None
            position += len(chunk)
            if text:
                yield text
            if not chunk:
                return
