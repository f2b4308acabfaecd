"""Red team through the whole gateway: the usual tricks around the scanner, by family (issue 13 §2).

Each trick hides a synthetic identifier (a name, a NIR, a phone number) in a chat request the way
an attacker — or a hurried professional — would. Sent to a ``public`` tool it must be refused;
sent to a ``contracted`` tool, the recording model server must never see the identifier, in any
form a model could read back: the check undoes the tricks itself (entities, escapes, invisible
characters, spacing, look-alike digits and letters, base64 and hex) before looking.
"""

from __future__ import annotations

import base64
import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.gateway.conftest import Stack

NIR = "1850578006084"
NIR_KEY = f"{97 - int(NIR) % 97:02d}"
PHONE = "0612345678"


def _spaced(text: str) -> str:
    return " ".join(text)


@dataclass(frozen=True)
class Trick:
    family: str
    messages: list[dict[str, Any]]
    #: What must never reach the model, compared after undoing the tricks (lower case, no separators).
    secrets: tuple[str, ...]


def _user(*contents: Any) -> list[dict[str, Any]]:
    return [{"role": "user", "content": c} for c in contents]


TRICKS: tuple[Trick, ...] = (
    # letters spaced out
    Trick("espacement", _user("Patient : J e a n  D U P O N T, suivi en cardiologie."), ("dupont",)),
    Trick("espacement", _user("Revu M. D U P O N T ce matin, TA stable."), ("dupont",)),
    Trick("espacement", _user("NIR " + _spaced(NIR + NIR_KEY)), (NIR,)),
    # leetspeak and OCR swaps
    Trick("leet", _user("Compte rendu pour J3an DUP0NT, né en 1961."), ("dupont",)),
    Trick("leet", _user("NIR : 1 85 O5 78 OO6 O84 " + NIR_KEY), (NIR,)),
    Trick("leet", _user("Rappeler au O6 l2 34 56 78 après 18 h."), (PHONE,)),
    # split across messages and content parts
    Trick("découpage", _user("NIR du patient : 1 85 05 78", "suite : 006 084 " + NIR_KEY), (NIR,)),
    Trick(
        "découpage",
        _user([{"type": "text", "text": "Tél. 06 12 34"}, {"type": "text", "text": "56 78, rappeler"}]),
        (PHONE,),
    ),
    # numbers in words
    Trick(
        "en lettres",
        _user("Son portable : zéro six douze trente-quatre cinquante-six soixante-dix-huit."),
        (PHONE,),
    ),
    # encodings
    Trick(
        "base64",
        _user("Décode et résume : " + base64.b64encode(f"Jean DUPONT NIR {NIR}{NIR_KEY}".encode()).decode()),
        ("dupont", NIR),
    ),
    Trick("hex", _user("Identifiant (hex) : " + f"NIR {NIR}{NIR_KEY}".encode().hex()), (NIR,)),
    Trick("entités", _user("Patient : " + "".join(f"&#{ord(c)};" for c in "Jean DUPONT")), ("dupont",)),
    Trick("entités", _user("NIR &#49;&#56;&#53;&#48;&#53;&#55;&#56;&#48;&#48;&#54;&#48;&#56;&#52; " + NIR_KEY), (NIR,)),
    Trick("échappements", _user("Patient : \\u004a\\u0065\\u0061\\u006e \\u0044\\u0055\\u0050\\u004f\\u004e\\u0054"), ("dupont",)),
    # invisible characters
    Trick("invisibles", _user("NIR " + "\u200e".join(NIR + NIR_KEY)), (NIR,)),
    Trick("invisibles", _user("Patient : D\u2066U\u2069P\u034fO\ufe0fN\U000e0041T Jean"), ("dupont",)),
    Trick("invisibles", _user("Tél. 0\u20616\u206212\u3164 34 56 78"), (PHONE,)),
    Trick("invisibles", _user("Patient : D\u0332U\u0332P\u0332O\u0332N\u0332T\u0332 Jean, 70 ans"), ("dupont",)),
    # names in unusual places
    Trick("noms", _user("revu m. vaucheret ce jour, plaie propre"), ("vaucheret",)),
    Trick("noms", _user("Son nom de famille est Vaucheret, prénom Lucie."), ("vaucheret",)),
    Trick("noms", _user("nom;prenom;ddn\nvaucheret;lucie;03/02/1961\nfoucaud;marc;12/11/1958"), ("vaucheret", "foucaud")),
    Trick("noms", _user("| nom | prénom | lit |\n|---|---|---|\n| vaucheret | lucie | 12 |"), ("vaucheret",)),
    # identifiers without a label
    Trick("sans libellé", _user(f"| {NIR}00 | F | 03/02/1961 |"), (NIR,)),
    Trick("sans libellé", _user(f"Patiente vue ce jour, {NIR} sans clé dans le tableau."), (NIR,)),
    Trick("collé", _user(f"tel{PHONE} pour le retour"), (PHONE,)),
)  # fmt: skip

_LOOKALIKE_DIGITS = str.maketrans({"o": "0", "O": "0", "l": "1", "I": "1", "i": "1", "|": "1"})
_LOOKALIKE_LETTERS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_WORD_DIGITS = {
    "zero": "0", "zéro": "0", "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6",
    "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "douze": "12", "trente-quatre": "34",
    "cinquante-six": "56", "soixante-dix-huit": "78",
}  # fmt: skip


def _decoded_blobs(text: str) -> Iterator[str]:
    for token in re.findall(r"[A-Za-z0-9+/=]{16,}", text):
        for decode in (lambda t: base64.b64decode(t, validate=True), bytes.fromhex):
            try:
                yield decode(token).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                continue


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _views(value: Any) -> list[str]:
    """Every reading a model could make of the strings in ``value``, read in order as one text, folded."""
    text = html.unescape(" ".join(_strings(value)))
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    texts = [text, *_decoded_blobs(text)]
    out: list[str] = []
    for t in texts:
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if unicodedata.category(c)[0] in "LNZP")
        t = t.replace("\u3164", " ").lower()
        words = " ".join(_WORD_DIGITS.get(w.strip(".,;:!?"), w) for w in t.split())
        squeezed = re.sub(r"[^0-9a-z|]", "", words)
        digits = re.sub(r"\D", "", words)  # digits read across words, parts and messages
        out += [squeezed.translate(_LOOKALIKE_DIGITS), squeezed.translate(_LOOKALIKE_LETTERS), digits]
    return out


def _post(stack: Stack, model: str, messages: list[dict[str, Any]]) -> httpx.Response:
    return httpx.post(
        stack.base_url + "/chat/completions",
        json={"model": model, "messages": messages},
        headers={"Authorization": f"Bearer {stack.admin_key}"},
        timeout=20,
        trust_env=False,
    )


def _ids(trick: Trick) -> str:
    return trick.family + ":" + json.dumps(trick.messages, ensure_ascii=True)[:40]


@pytest.mark.parametrize("trick", TRICKS, ids=_ids)
def test_a_public_tool_refuses_the_trick(stack: Stack, trick: Trick) -> None:
    before = len(stack.recorder.requests)
    answer = _post(stack, "public-echo", trick.messages)
    assert answer.status_code == 403, f"{trick.family}: forwarded to a public tool ({answer.status_code})"
    assert len(stack.recorder.requests) == before


@pytest.mark.parametrize("trick", TRICKS, ids=_ids)
def test_a_contracted_tool_never_sees_the_identifier(stack: Stack, trick: Trick) -> None:
    before = len(stack.recorder.requests)
    answer = _post(stack, "gpt-echo", trick.messages)
    assert answer.status_code in (200, 403), answer.text
    views = _views([r.json() for r in stack.recorder.requests[before:]])
    for secret in trick.secrets:
        assert not any(secret in view for view in views), f"{trick.family}: « {secret} » reached the model"


@pytest.mark.parametrize("trick", TRICKS, ids=_ids)
def test_the_leak_check_sees_through_the_trick(trick: Trick) -> None:
    # The check above is only worth something if it reads the trick: sent as is, it would be caught.
    views = _views(trick.messages)
    for secret in trick.secrets:
        assert any(secret in view for view in views), f"{trick.family}: the check does not read « {secret} »"
