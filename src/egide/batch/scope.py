"""Which scope a document's pseudonyms live in.

With a person key, the scope is the person's: the same person gets the same surrogates and one
date-shift offset in every document, whichever file or row holds them. Without one, each document
is its own scope (its file's path in the collection and its row). Scope names are keyed digests:
a person key never appears in them, and without the secret they cannot be linked to one.
"""

from __future__ import annotations

import hashlib
import hmac


def _digest(secret: bytes, *parts: str) -> str:
    return hmac.digest(secret, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).hex()[:32]


def person_scope(secret: bytes, person: str) -> str:
    return "personne:" + _digest(secret, "batch-person", person)


def document_scope(secret: bytes, relative_path: str, number: int) -> str:
    return "document:" + _digest(secret, "batch-document", relative_path, str(number))
