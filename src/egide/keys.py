"""One key derivation for every keyed thing égide does.

Every key comes from the server secret (``EGIDE_SECRET_KEY``) through :func:`derive_key` with a
named :class:`Purpose`: HKDF-SHA256, no salt, the purpose as HKDF's ``info``, 32 bytes. One key per
purpose, so that a key leaked or rotated for one use says nothing about another.

The ``info`` strings of purposes whose keys protect stored data are frozen: changing one would make
the audit chain fail to verify, stored upstream keys undecryptable, or the shadow pseudonyms of
earlier scans differ from today's (``tests/store/test_compatibility.py`` opens a database written
by égide 0.1.0 to prove it). The two shadow purposes keep the dotted spelling they were born with.

This module is a leaf, like :mod:`egide.errors`: every package may import it, it imports nothing of égide.
"""

from __future__ import annotations

from enum import StrEnum

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32


class Purpose(StrEnum):
    """What a key is for; the value is HKDF's ``info``."""

    #: MAC of each audit record and of the chain's head and anchor (stored: frozen).
    AUDIT_CHAIN = "egide/audit-chain/v1"
    #: Fernet key sealing the chain keys of the journal's past segments (after a secret rotation).
    AUDIT_SEGMENTS = "egide/audit-segments/v1"
    #: Keyed hashes put in audit events instead of values (stored in events: frozen).
    AUDIT_VALUES = "egide/audit-values/v1"
    #: Fernet key of upstream API keys at rest (stored: frozen).
    TOOL_CREDENTIALS = "egide/tool-credentials/v1"
    #: HMAC of proxy-log identities into ``u-…`` pseudonyms (stored: frozen).
    SHADOW_PSEUDONYM = "egide.shadow.pseudonym"
    #: Fernet key of the sealed identities behind shadow pseudonyms (stored: frozen).
    SHADOW_IDENTITY = "egide.shadow.identity"
    #: Surrogates and date shifts drawn by the operators (gateway and command line).
    PSEUDONYMS = "egide/pseudonyms/v1"
    #: The gateway's conversation scope (user × tool × first turn).
    CONVERSATION = "egide/conversation/v1"
    #: Fernet key of a conversation's mapping kept between turns (memory or Redis, with a TTL).
    CONVERSATION_MAPPINGS = "egide/conversation-mappings/v1"
    #: Fernet key of the assistant's records at rest: conversations kept on request, incident
    #: comments (stored: frozen; ``egide secret rotate`` re-seals them).
    ASSISTANT_RECORDS = "egide/assistant-records/v1"
    #: The console's CSRF tokens (HMAC of the session or of the visitor's anonymous cookie).
    CONSOLE_CSRF = "egide/console-csrf/v1"
    #: Keyed hashes of the login names and client addresses counted by the console's lock-out.
    CONSOLE_LOGIN = "egide/console-login/v1"
    #: HMAC of the short cookie holding an OpenID Connect sign-in in progress (state, nonce, PKCE).
    CONSOLE_OIDC = "egide/console-oidc/v1"


def derive_key(secret: str, purpose: Purpose) -> bytes:
    """The 32-byte key for ``purpose``, derived from the server secret (HKDF-SHA256)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.value.encode())
    return hkdf.derive(secret.encode("utf-8"))
