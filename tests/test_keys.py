"""One key derivation: distinct keys per purpose, and no other derivation anywhere in the code."""

from __future__ import annotations

import re
from pathlib import Path

from egide.keys import KEY_BYTES, Purpose, derive_key

SECRET = "test-secret-for-key-derivation-0123456789abcdef"
SRC = Path(__file__).resolve().parents[1] / "src" / "egide"


def test_each_purpose_has_its_own_key() -> None:
    keys = {purpose: derive_key(SECRET, purpose) for purpose in Purpose}
    assert len(set(keys.values())) == len(Purpose)
    assert all(len(key) == KEY_BYTES for key in keys.values())
    assert derive_key(SECRET, Purpose.AUDIT_CHAIN) == keys[Purpose.AUDIT_CHAIN]  # deterministic
    assert derive_key(SECRET + "x", Purpose.AUDIT_CHAIN) != keys[Purpose.AUDIT_CHAIN]


def test_no_module_derives_keys_on_its_own() -> None:
    # HKDF, PBKDF2 or a key made by HMAC over the secret anywhere but egide/keys.py would be a
    # second derivation, with its own naming, that the compatibility fixture does not cover.
    pattern = re.compile(r"\bHKDF\b|\bPBKDF2|hmac\.new\([^)]*secret")
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.name != "keys.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
