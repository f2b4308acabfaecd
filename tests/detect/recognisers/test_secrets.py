"""Secrets pasted by mistake: vendor keys, tokens, passwords, private keys."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import secrets
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept, values

R = secrets.build()

# Synthetic values that have the vendors' shapes; none is a real credential.
OPENAI = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"
AWS = "AKIA" + "Q7XJ2K4M6P8R0T3V"
GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"
SLACK = "xoxb-" + "123456789012-abcdefABCDEF"


@pytest.mark.parametrize("token", [OPENAI, AWS, GITHUB, JWT, SLACK, "AIza" + "x" * 12 + "Y7" * 11 + "z"])
def test_vendor_tokens(token: str) -> None:
    assert values(R, f"Voici ma clé {token} pour tester") == [token]


@pytest.mark.parametrize(
    "marked",
    [
        "mot de passe : <SECRET>Hunter2!</SECRET>",
        "Mon mdp=<SECRET>Soleil2024</SECRET>, merci de le changer.",
        'password="<SECRET>p4ssw0rd#</SECRET>"',
        "Authorization: Bearer <SECRET>abcdefghijklmnop.qrstuv</SECRET>",
        "api_key = '<SECRET>f3a9c2e7b1d84a6f9e0c</SECRET>'",
        "client_secret: <SECRET>Zx81Pq09Lm27Wn56</SECRET>",
        # the cue's words apart by any spaces, a tab or a line cut
        "Carte bloquée, code  pin : <SECRET>4821</SECRET>",
        "code\tPIN=<SECRET>0937</SECRET>",
        "le code\npin : <SECRET>7716</SECRET>",
    ],
)
def test_labelled_secrets(marked: str) -> None:
    assert_finds(kept(R, parse_inline(marked)[0]), marked)


def test_private_key_blocks_are_masked_whole_even_when_truncated() -> None:
    body = "MIIEowIBAAKCAQEAx1\nq2w3e4r5t6y7u8i9o0p\n"
    block = f"-----BEGIN RSA PRIVATE KEY-----\n{body}-----END RSA PRIVATE KEY-----"
    assert values(R, f"clé :\n{block}\nfin") == [block]
    truncated = f"-----BEGIN PRIVATE KEY-----\n{body}"
    assert values(R, f"clé :\n{truncated}") == [truncated.rstrip("\n")]


@pytest.mark.parametrize(
    "text",
    [
        "Le patient a oublié son mot de passe du portail.",
        "token: bonjour",  # not random
        "La clé de voûte du traitement : 12 mg.",
        "Secret médical respecté, clé USB chiffrée.",
        "Score PASS : 3, PIN : haut grade",
        "Taskforce sk-learn et tâche xox",
    ],
)
def test_prose_about_secrets_is_not_a_secret(text: str) -> None:
    assert kept(R, text) == []
