"""Base64 and hexadecimal inside text: decoded and scanned, or counted as unreadable.

« MiA2MSAwMiA3NSAxMTUgMTIzIDQ1 » is a NIR to anyone who decodes it, and nothing to a recogniser. A
run of base64 (24 characters or more) or hexadecimal (16 digits or more) that decodes to UTF-8
text is scanned as that text; a finding there covers the whole run in the slot, since no
pseudonym can be written inside an encoding: the run is replaced as one value (and restored as
one in the answer), or the request is blocked where the policy blocks.

A run that decodes to something other than text (an image, a key, a hash) cannot be read: it is
reported as the unscannable kind ``encoded``, which the gateway adds only for the classes named in
``gateway.opaque_blob_classes`` (``public`` by default), so that hashes and identifiers in
technical prompts still reach a contracted model.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass

#: Base64 (standard or URL-safe) and hexadecimal runs long enough to hide an identifier. A base64
#: run must mix cases or hold a digit or a sign: a long plain word is not one.
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Fa-f])")
_MIXED = re.compile(r"(?=.*[a-z])(?=.*[A-Z0-9+/_-])|(?=.*[A-Z])(?=.*[a-z0-9+/_-])", re.DOTALL)
_PRINTABLE_SHARE = 0.9
#: The first look: every byte outside the base64/hex alphabet becomes a space, and a run to
#: decode is then a word of 16 bytes or more. In C (translate, split) it costs about a third of
#: the equivalent regex (20 us against 55 us for a 2,000-character note on this machine).
_SHORTEST = 16
_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
_ONLY_ALPHABET = bytes(c if c in _ALPHABET else 0x20 for c in range(256))


@dataclass(frozen=True, slots=True)
class Blob:
    start: int
    end: int
    #: The decoded text, or None when the run does not decode to text.
    text: str | None


def _as_text(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\n\t\r")
    return text if text and printable >= _PRINTABLE_SHARE * len(text) else None


def _base64(run: str) -> bytes | None:
    stripped = run.rstrip("=")
    padded = stripped + "=" * (-len(stripped) % 4)
    try:
        if "-" in run or "_" in run:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


def _opaque_looking(run: str, hexadecimal: bool) -> bool:
    """Random-looking enough to be an encoding rather than a word, a path or a number."""
    if hexadecimal:
        return len(run) >= 32 and not run.isdigit() and not run.isalpha()
    return (
        len(run) >= 40
        and re.search(r"[a-z]", run) is not None
        and re.search(r"[A-Z]", run) is not None
        and re.search(r"[0-9]", run) is not None
        and run.count("/") * 8 < len(run)
    )


def find_blobs(text: str) -> Iterator[Blob]:
    """Encoded runs of ``text``: decoded when they are text, ``text=None`` when they look opaque."""
    words = text.encode("utf-8", "surrogatepass").translate(_ONLY_ALPHABET).split()
    if max(map(len, words), default=0) < _SHORTEST:
        return
    taken: list[tuple[int, int]] = []
    for match in _HEX.finditer(text):
        run = match.group()
        decoded = _as_text(bytes.fromhex(run))
        if decoded is None and not _opaque_looking(run, hexadecimal=True):
            continue  # a long number, read by the recognisers as it is
        taken.append(match.span())
        yield Blob(match.start(), match.end(), decoded)
    for match in _BASE64.finditer(text):
        run = match.group()
        if any(s <= match.start() < e for s, e in taken) or not _MIXED.match(run):
            continue
        raw = _base64(run)
        decoded = _as_text(raw) if raw is not None else None
        if decoded is None and (raw is None or not _opaque_looking(run, hexadecimal=False)):
            continue
        yield Blob(match.start(), match.end(), decoded)
