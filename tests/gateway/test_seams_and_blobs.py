"""Identifiers split across two messages or two parts, and identifiers hidden in base64 or hexadecimal.

Tables of positives and traps first, on the reader and the real detector (what the gateway folds
back onto each slot), then end to end through the app to the recording model server.
"""

from __future__ import annotations

import base64
import os
import re
from typing import Any

import httpx
import pytest

from egide.detect import Detector
from egide.gateway.blobs import find_blobs
from egide.gateway.fields import read_chat
from tests.gateway.conftest import Stack

NIR = "2 61 02 75 115 123 45"
NIR_LEFT, NIR_RIGHT = "2 61 02 75", "115 123 45"
NAME = "Jeanne DUPONT"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def users(*texts: str) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": t} for t in texts]}


def parts(*texts: str) -> dict[str, Any]:
    content = [{"type": "text", "text": t} for t in texts]
    return {"model": "m", "messages": [{"role": "user", "content": content}]}


def found(detector: Detector, body: dict[str, Any], *, alone: bool = False) -> list[list[str]]:
    """For each slot, what the gateway would replace in it (``alone``: the slots read one by one)."""
    extracted = read_chat(body)
    if alone:
        per_slot = detector.detect_many([s.text for s in extracted.slots])
    else:
        per_slot = extracted.detect(detector)
    return [
        [slot.text[f.start : f.end] for f in sorted(fs, key=lambda f: f.start)]
        for slot, fs in zip(extracted.slots, per_slot, strict=True)
    ]


SPLIT = [
    # (body, what must be replaced in each slot)
    (users(f"Voici le NIR : {NIR_LEFT}", f"{NIR_RIGHT}, merci de vérifier."), [[NIR_LEFT], [NIR_RIGHT]]),
    (parts(f"Le NIR {NIR_LEFT}", f"{NIR_RIGHT} est-il valide ?"), [[NIR_LEFT], [NIR_RIGHT]]),
    (parts("Patiente Jeanne", "DUPONT, 54 ans, vue ce jour."), [["Jeanne"], ["DUPONT"]]),
    (users("Le fils de Mme Jeanne", "DUPONT a appelé."), [["Jeanne"], ["DUPONT"]]),
    (users("tél. 06 12", "34 56 78 pour joindre la famille"), [["06 12"], ["34 56 78"]]),
]  # fmt: skip

SPLIT_TRAPS = [
    users("Merci docteur", "Bonjour, une question sur la posologie."),
    users("Amoxicilline 1 g", "3 fois par jour pendant 7 jours."),
    parts("Créatinine 85 µmol/L", "DFG 72 mL/min/1,73 m²."),
    users("Score de Glasgow 15", "15 ans de suivi, HbA1c 7,2 %."),
    parts("Rendez-vous à 14 h", "30 min de consultation."),
    users("Voir le protocole", "Claire et concise, la synthèse est attendue."),
]


@pytest.mark.parametrize(("body", "expected"), SPLIT)
def test_an_identifier_split_across_a_seam_is_replaced_on_both_sides(
    detector: Detector, body: dict[str, Any], expected: list[list[str]]
) -> None:
    assert found(detector, body) == expected


@pytest.mark.parametrize("body", SPLIT_TRAPS)
def test_seams_between_ordinary_texts_add_nothing(detector: Detector, body: dict[str, Any]) -> None:
    assert found(detector, body) == found(detector, body, alone=True)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


BLOBS = [
    f"NIR encodé : {b64(NIR)}",
    f"Dossier {b64('Patiente ' + NAME)} à relire.",
    f"hex {NIR.encode().hex()}",
    f"hex {('Mme ' + NAME).encode().hex()} fin",
    f"url-safe {base64.urlsafe_b64encode(('NIR ' + NIR).encode()).decode()}",
]


@pytest.mark.parametrize("text", BLOBS)
def test_a_blob_that_decodes_to_an_identifier_is_replaced_whole(detector: Detector, text: str) -> None:
    blob = next(find_blobs(text))
    assert blob.text is not None
    (replaced,) = found(detector, users(text))
    assert replaced == [text[blob.start : blob.end]]


BLOB_TRAPS = [
    "Posologie : paracétamol 1 g toutes les 6 heures, maximum 4 g par jour.",
    "Anticonstitutionnellement, la recommandation HAS de 2019 reste valable.",
    "NIR 261027511512345 à vérifier",  # a number, read by the recognisers
    "identifiant 550e8400-e29b-41d4-a716-446655440000",
    "voir /api/v1/patients/records/list et https://www.has-sante.fr/jcms/p_3190279/fr/reco",
    f"empreinte {'ab' * 4} courte",
    f"texte encodé sans identifiant : {b64('fièvre et toux depuis trois jours')}",
]


@pytest.mark.parametrize("text", BLOB_TRAPS)
def test_ordinary_text_and_harmless_encodings_are_left_alone(detector: Detector, text: str) -> None:
    assert found(detector, users(text)) == found(detector, users(text), alone=True)
    assert read_chat(users(text)).opaque_blobs == 0


@pytest.mark.parametrize(
    "blob",
    [
        os.urandom(32).hex(),
        base64.b64encode(os.urandom(60)).decode(),
        "Zm9v" + base64.b64encode(os.urandom(45)).decode(),
    ],
)
def test_an_opaque_blob_is_counted(blob: str) -> None:
    assert read_chat(users(f"Que contient {blob} ?")).opaque_blobs == 1


# -- end to end ------------------------------------------------------------------------------------
def post(stack: Stack, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(
        f"{stack.base_url}/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {stack.admin_key}"},
        timeout=20,
        trust_env=False,
    )


def nothing_upstream(stack: Stack, sent_before: int) -> None:
    received = "\n".join(r.body for r in stack.recorder.requests[sent_before:])
    assert NIR.replace(" ", "") not in re.sub(r"\D", "", received)
    assert "DUPONT" not in received and b64(NIR) not in received and NIR_LEFT not in received


@pytest.mark.parametrize(
    "body",
    [
        users(f"NIR {NIR_LEFT}", f"{NIR_RIGHT} merci"),
        parts("Mme Jeanne", "DUPONT vue ce jour"),
        users(BLOBS[0]),
    ],
)
def test_split_and_encoded_identifiers_never_reach_the_model(stack: Stack, body: dict[str, Any]) -> None:
    sent_before = len(stack.recorder.requests)
    public = post(stack, {**body, "model": "public-echo"})
    assert public.status_code == 403 and public.json()["error"]["code"] == "identifying_data", public.text
    assert len(stack.recorder.requests) == sent_before
    contracted = post(stack, {**body, "model": "gpt-echo"})
    assert contracted.status_code == 200, contracted.text
    nothing_upstream(stack, sent_before)
    # The answer (the echo of the last message) comes back with the original values.
    last = body["messages"][-1]["content"]
    text = last if isinstance(last, str) else "".join(p["text"] for p in last)
    assert contracted.json()["choices"][0]["message"]["content"].startswith(text[:10])


def test_an_opaque_blob_is_refused_by_a_public_tool_only(stack: Stack) -> None:
    body = users(f"Décode {base64.b64encode(os.urandom(60)).decode()} stp")
    public = post(stack, {**body, "model": "public-echo"})
    assert public.status_code == 403 and public.json()["error"]["code"] == "unscannable_content"
    assert "données encodées" in public.json()["error"]["message"]
    assert post(stack, {**body, "model": "gpt-echo"}).status_code == 200
