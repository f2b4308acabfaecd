"""Pseudonyms of users in reports, and the sealed identities only the DPO may open.

A pseudonym is a keyed hash (HMAC-SHA-256) of the identity under a key derived from the server
secret: stable from one scan to the next, so trends can be followed, and impossible to reverse or to
recompute without the secret. The identity itself is kept only sealed (Fernet, key derived from the
same secret for another purpose), for the DPO's reveal, which is an audit event.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken

from egide.errors import ConfigError
from egide.keys import Purpose, derive_key


class UserPseudonyms:
    def __init__(self, secret: str, length: int = 12) -> None:
        if not secret:
            raise ConfigError("une clé secrète est nécessaire pour pseudonymiser les utilisateurs")
        self._key = derive_key(secret, Purpose.SHADOW_PSEUDONYM)
        self._fernet = Fernet(base64.urlsafe_b64encode(derive_key(secret, Purpose.SHADOW_IDENTITY)))
        self._length = length
        self._cache: dict[str, str] = {}

    def pseudonym(self, identity: str) -> str:
        found = self._cache.get(identity)
        if found is None:
            digest = hmac.new(self._key, identity.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()
            found = "u-" + digest[: self._length]
            self._cache[identity] = found
        return found

    def seal(self, identity: str) -> bytes:
        return self._fernet.encrypt(identity.encode("utf-8"))

    def open(self, sealed: bytes) -> str:
        try:
            return self._fernet.decrypt(sealed).decode("utf-8")
        except InvalidToken:
            raise ConfigError("cette identité a été scellée avec une autre clé secrète") from None
