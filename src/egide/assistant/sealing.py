"""The assistant's text at rest, sealed with Fernet under a key derived from the server secret."""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken

from egide.errors import ConfigError
from egide.keys import Purpose, derive_key


def _fernet(secret: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(derive_key(secret, Purpose.ASSISTANT_RECORDS)))


def seal(secret: str, text: str) -> bytes:
    return _fernet(secret).encrypt(text.encode("utf-8"))


def unseal(secret: str, token: bytes) -> str:
    try:
        return _fernet(secret).decrypt(bytes(token)).decode("utf-8")
    except InvalidToken as exc:
        raise ConfigError(
            "enregistrement de l'assistant illisible : la clé secrète du serveur a changé sans rotation"
        ) from exc


def reseal(old: str, new: str, token: bytes) -> bytes:
    """The same text sealed under the new secret (``egide secret rotate``)."""
    return seal(new, unseal(old, token))
