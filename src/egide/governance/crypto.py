"""Tool credentials encrypted at rest (Fernet, key derived from the server secret with HKDF)."""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken

from egide.audit.chain import derive_key
from egide.errors import ConfigError


def _fernet(secret: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(derive_key(secret, "tool-credentials/v1")))


def encrypt_credential(secret: str, credential: str) -> bytes:
    return _fernet(secret).encrypt(credential.encode())


def decrypt_credential(secret: str, token: bytes) -> str:
    try:
        return _fernet(secret).decrypt(token).decode()
    except InvalidToken as exc:
        raise ConfigError(
            "identifiant d'outil illisible : la clé secrète du serveur a changé depuis son enregistrement"
        ) from exc
