"""Opening proxy logs: files, globs and stdin; plain, gzip, bzip2 or xz, recognised by content.

Everything is streamed line by line through a large buffer: memory does not grow with the log.
"""

from __future__ import annotations

import bz2
import glob
import gzip
import io
import itertools
import lzma
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from egide.errors import InputError

BUFFER = 1 << 20
BLOCK = 1 << 20
MAX_LINE = 1 << 20
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One log to read: a file, or standard input when ``path`` is ``None``."""

    name: str
    path: Path | None


def expand(patterns: Sequence[str]) -> list[Source]:
    """Files named or matched by glob patterns, in a stable order; ``-`` is standard input."""
    sources: list[Source] = []
    seen: set[Path] = set()
    for pattern in patterns:
        if pattern == STDIN:
            sources.append(Source("<stdin>", None))
            continue
        matches = sorted(glob.glob(pattern, recursive=True)) if glob.has_magic(pattern) else [pattern]
        files = [Path(m) for m in matches if Path(m).is_file()]
        if not files:
            if Path(pattern).is_dir():
                raise InputError(
                    f"{pattern} est un dossier : donnez ses fichiers ou un motif comme {pattern}/*.log*"
                )
            raise InputError(f"aucun fichier de log ne correspond à {pattern}")
        for file in files:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                sources.append(Source(str(file), file))
    if not sources:
        raise InputError("aucun log donné")
    return sources


def _decompressed(raw: io.BufferedReader) -> IO[bytes]:
    magic = raw.peek(6)[:6]
    if magic[:2] == b"\x1f\x8b":
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
    if magic[:3] == b"BZh":
        return cast(IO[bytes], bz2.BZ2File(raw, mode="rb"))
    if magic == b"\xfd7zXZ\x00":
        return cast(IO[bytes], lzma.LZMAFile(raw, mode="rb"))
    return cast(IO[bytes], raw)


def _blocks(stream: IO[bytes], limit: int | None = None) -> Iterator[list[str]]:
    """Lines in lists of about a megabyte: splitting and decoding a block at once costs far less per
    line than iterating a text file. A block is cut after its last newline, so no UTF-8 sequence is
    split; a "line" longer than :data:`MAX_LINE` is passed on as it is (it will be counted malformed),
    which keeps memory bounded on a corrupt file without newlines.
    """
    tail = b""
    remaining = limit
    while True:
        size = BLOCK if remaining is None else min(BLOCK, remaining)
        data = stream.read(size) if size > 0 else b""
        if remaining is not None:
            remaining -= len(data)
        if not data:
            if tail:
                yield [tail.decode("utf-8", "replace")]
            return
        data = tail + data if tail else data
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            if len(data) >= MAX_LINE:
                yield [data.decode("utf-8", "replace")]
                data = b""
            tail = data
            continue
        tail = data[cut:]
        lines = data[:cut].decode("utf-8", "replace").split("\n")
        lines.pop()  # the empty string after the last newline
        yield lines


@contextmanager
def _translated(name: str) -> Iterator[None]:
    try:
        yield
    except (OSError, EOFError, lzma.LZMAError) as exc:
        # A corrupt or truncated archive, met while the caller iterates.
        raise InputError(f"{name}: données compressées illisibles ou tronquées ({exc})") from exc


@contextmanager
def open_lines(source: Source) -> Iterator[Iterator[str]]:
    """The lines of a source as text (UTF-8; undecodable bytes replaced, never fatal; no line ends)."""
    if source.path is None:
        stdin = sys.stdin.buffer
        buffered = (
            stdin
            if isinstance(stdin, io.BufferedReader)
            else io.BufferedReader(cast(io.RawIOBase, stdin), BUFFER)
        )
        with _translated(source.name):
            yield itertools.chain.from_iterable(_blocks(_decompressed(buffered)))
        return
    try:
        handle = open(source.path, "rb", buffering=BUFFER)  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"{source.name} illisible : {exc.strerror}") from exc
    with handle, _translated(source.name):
        stream = _decompressed(cast(io.BufferedReader, handle))
        yield itertools.chain.from_iterable(_blocks(stream))


def is_plain_file(source: Source) -> bool:
    """A file that is not compressed, hence can be read in byte ranges by several processes."""
    if source.path is None:
        return False
    with open(source.path, "rb") as handle:
        magic = handle.read(6)
    return not (magic[:2] == b"\x1f\x8b" or magic[:3] == b"BZh" or magic == b"\xfd7zXZ\x00")


def split_points(path: Path, parts: int) -> list[int]:
    """Offsets that cut a file into ``parts`` ranges, each starting at the beginning of a line."""
    size = path.stat().st_size
    points = [0]
    with open(path, "rb") as handle:
        for index in range(1, parts):
            handle.seek(size * index // parts)
            handle.readline()
            points.append(min(handle.tell(), size))
    points.append(size)
    return sorted(set(points))


@contextmanager
def open_range(source: Source, start: int, end: int) -> Iterator[Iterator[str]]:
    """The lines of bytes ``start``–``end`` of a plain file (both at line starts, see :func:`split_points`)."""
    if source.path is None:
        raise InputError("l'entrée standard ne se lit pas par plages")
    with open(source.path, "rb", buffering=0) as handle, _translated(source.name):
        handle.seek(start)
        yield itertools.chain.from_iterable(_blocks(cast(IO[bytes], handle), end - start))
