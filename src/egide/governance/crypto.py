"""Tool credentials encrypted at rest (Fernet, key from :func:`egide.keys.derive_key`)."""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken

from egide.errors import ConfigError
from egide.keys import Purpose, derive_key


def _fernet(secret: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(derive_key(secret, Purpose.TOOL_CREDENTIALS)))


def encrypt_credential(secret: str, credential: str) -> bytes:
    return _fernet(secret).encrypt(credential.encode())


def decrypt_credential(secret: str, token: bytes) -> str:
    try:
        return _fernet(secret).decrypt(token).decode()
    except InvalidToken as exc:
        raise ConfigError(
            "identifiant d'outil illisible : la clé secrète du serveur a changé depuis son enregistrement"
        ) from exc
