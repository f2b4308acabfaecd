"""Opening proxy logs: files, globs and stdin; plain, gzip, bzip2 or xz, recognised by content.

Everything is streamed line by line through a large buffer: memory does not grow with the log.
"""

from __future__ import annotations

import bz2
import glob
import gzip
import io
import lzma
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from egide.errors import InputError

BUFFER = 1 << 20
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
                    f"{pattern} is a directory: give its files or a glob such as {pattern}/*.log*"
                )
            raise InputError(f"no log file matches {pattern}")
        for file in files:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                sources.append(Source(str(file), file))
    if not sources:
        raise InputError("no log given")
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


@contextmanager
def open_lines(source: Source) -> Iterator[Iterator[str]]:
    """The lines of a source as text (UTF-8; undecodable bytes replaced, never fatal)."""
    if source.path is None:
        stdin = sys.stdin.buffer
        buffered = (
            stdin
            if isinstance(stdin, io.BufferedReader)
            else io.BufferedReader(cast(io.RawIOBase, stdin), BUFFER)
        )
        text = io.TextIOWrapper(_decompressed(buffered), encoding="utf-8", errors="replace", newline="")
        try:
            yield text
        except (OSError, EOFError, lzma.LZMAError) as exc:
            raise InputError(f"{source.name}: unreadable or truncated compressed data ({exc})") from exc
        finally:
            text.detach()  # never close the process's standard input
        return
    try:
        handle = open(source.path, "rb", buffering=BUFFER)  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot read {source.name}: {exc.strerror}") from exc
    try:
        stream = _decompressed(cast(io.BufferedReader, handle))
        text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
        try:
            yield text
        except (OSError, EOFError, lzma.LZMAError) as exc:
            # A corrupt or truncated archive, met while the caller iterates.
            raise InputError(f"{source.name}: unreadable or truncated compressed data ({exc})") from exc
        finally:
            text.close()
    finally:
        handle.close()
