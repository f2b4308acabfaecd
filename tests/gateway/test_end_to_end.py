"""End to end, with the official ``openai`` SDK as the client and a real model server on loopback.

The model server records every byte it receives: no identifier may ever be among them, and the
client must get the original values back, streamed or not, in text and in tool-call arguments.
"""

from __future__ import annotations

import json
import re
import time

import httpx
import openai
import pytest

from egide.governance import suspend_tool
from tests.gateway.conftest import Stack

# Synthetic identifiers (none belongs to anyone): the name, a NIR with a valid key, a phone, an e-mail.
NAME = "Jeanne DUPONT"
NIR = "2 61 02 75 115 123 45"
PHONE = "06 12 34 56 78"
EMAIL = "jeanne.dupont@example.fr"
BIRTH = "03/02/1961"
IDENTIFIERS = (NAME, NIR, PHONE, EMAIL, BIRTH)

NOTE = (
    f"Patiente Mme {NAME}, née le {BIRTH}, NIR {NIR}, joignable au {PHONE} ou {EMAIL}. "
    "Hospitalisée pour une pneumopathie, traitée par amoxicilline 1 g trois fois par jour. "
    "Rédige un courrier de sortie pour le médecin traitant."
)
PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


def assert_nothing_leaked(stack: Stack) -> None:
    received = stack.recorder.everything()
    assert received, "the model server received nothing"
    for value in IDENTIFIERS:
        assert value not in received
    # Digits of the NIR and phone, whatever the spacing.
    digits = re.sub(r"\D", "", received)
    assert re.sub(r"\D", "", NIR) not in digits
    assert re.sub(r"\D", "", PHONE) not in digits
    assert "sk-upstream-secret" in received  # the tool's credential is what authenticates upstream
    assert stack.admin_key not in received  # the caller's key never leaves


def test_non_streamed_answer_is_restored_and_marked(stack: Stack) -> None:
    stack.recorder.clear()
    raw = stack.client().chat.completions.with_raw_response.create(
        model="gpt-echo", messages=[{"role": "user", "content": NOTE}]
    )
    completion = raw.parse()
    assert completion.choices[0].message.content == NOTE
    assert raw.headers["x-egide-ai-generated"] == "true"
    assert raw.headers["x-request-id"].startswith("req_")
    marker = completion.model_extra["egide"]  # type: ignore[index]
    assert marker["ai_generated"] is True and marker["model"] == "gpt-echo"
    assert marker["tool"] == "Modèle sous contrat" and marker["action"] == "pseudonymise"
    assert marker["request_id"] == raw.headers["x-request-id"]
    assert {"NIR", "TELEPHONE", "EMAIL"} <= set(marker["counts"])
    assert_nothing_leaked(stack)
    sent = stack.recorder.last().json()
    assert sent["model"] == "echo"
    assert PLACEHOLDER.search(sent["messages"][0]["content"])
    assert "amoxicilline 1 g" in sent["messages"][0]["content"]  # clinical content is untouched


def test_streamed_answer_is_restored_chunk_by_chunk(stack: Stack) -> None:
    stack.recorder.clear()
    stream = stack.client().chat.completions.create(
        model="gpt-echo", messages=[{"role": "user", "content": NOTE}], stream=True
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == NOTE
    assert chunks[0].model_extra["egide"]["ai_generated"] is True  # type: ignore[index]
    assert len(chunks) > 10  # restored as it streams, not buffered into one event
    assert_nothing_leaked(stack)


def test_stream_is_not_buffered(stack: Stack) -> None:
    # The model sends its first characters, then pauses: they must reach the client before the pause ends.
    from tests.gateway.upstream import DRIP_SECONDS

    started = time.perf_counter()
    first = None
    text = ""
    for chunk in stack.client().chat.completions.create(
        model="gpt-drip", messages=[{"role": "user", "content": "Posologie de l'amoxicilline ?"}], stream=True
    ):
        content = chunk.choices[0].delta.content if chunk.choices else None
        if content and first is None:
            first = time.perf_counter() - started
        text += content or ""
    last = time.perf_counter() - started
    assert text == "Posologie de l'amoxicilline ?"
    # Buffered, every character would arrive after the pause, all together.
    assert first is not None and last - first >= DRIP_SECONDS * 0.8


def test_the_same_person_keeps_the_same_pseudonym_across_turns(stack: Stack) -> None:
    client = stack.client()
    stack.recorder.clear()
    first = [{"role": "user", "content": NOTE}]
    answer = client.chat.completions.create(model="gpt-echo", messages=first)  # type: ignore[arg-type]
    turn_one = stack.recorder.last().json()["messages"][0]["content"]
    history = [
        *first,
        {"role": "assistant", "content": answer.choices[0].message.content},
        {"role": "user", "content": f"Ajoute le numéro {PHONE} en signature."},
    ]
    client.chat.completions.create(model="gpt-echo", messages=history)  # type: ignore[arg-type]
    sent = stack.recorder.last().json()["messages"]
    assert sent[0]["content"] == turn_one  # identical pseudonyms for the resent history
    phone_pseudonym = [p for p in PLACEHOLDER.findall(sent[2]["content"])]
    assert phone_pseudonym and phone_pseudonym[0] in turn_one
    assert_nothing_leaked(stack)


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "enregistrer_courrier",
            "description": "Enregistre un courrier dans le dossier.",
            "parameters": {"type": "object", "properties": {"texte": {"type": "string"}}},
        },
    }
]


def test_tool_call_arguments_are_restored(stack: Stack) -> None:
    stack.recorder.clear()
    completion = stack.client().chat.completions.create(
        model="gpt-tool",
        messages=[{"role": "user", "content": NOTE}],
        tools=TOOLS,  # type: ignore[arg-type]
    )
    call = completion.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "enregistrer_courrier"  # type: ignore[union-attr]
    assert json.loads(call.function.arguments) == {"texte": NOTE}  # type: ignore[union-attr]
    assert_nothing_leaked(stack)


def test_streamed_tool_call_arguments_are_restored(stack: Stack) -> None:
    stack.recorder.clear()
    stream = stack.client().chat.completions.create(
        model="gpt-tool",
        messages=[{"role": "user", "content": NOTE}],
        tools=TOOLS,
        stream=True,  # type: ignore[arg-type]
    )
    arguments = ""
    for chunk in stream:
        for call in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            arguments += call.function.arguments or "" if call.function else ""
    assert json.loads(arguments) == {"texte": NOTE}
    assert_nothing_leaked(stack)


def test_every_part_of_the_conversation_is_scanned(stack: Stack) -> None:
    stack.recorder.clear()
    messages = [
        {"role": "system", "content": f"Tu assistes le service de Mme {NAME}."},
        {"role": "user", "content": [{"type": "text", "text": f"Cherche le dossier NIR {NIR}."}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_0",
                    "type": "function",
                    "function": {"name": "chercher", "arguments": json.dumps({"nir": NIR, "mail": EMAIL})},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_0", "content": f"Dossier trouvé, téléphone {PHONE}."},
        {"role": "user", "content": "Résume."},
    ]
    stack.client().chat.completions.create(model="gpt-echo", messages=messages)  # type: ignore[arg-type]
    assert_nothing_leaked(stack)
    sent = stack.recorder.last().json()["messages"]
    arguments = json.loads(sent[2]["tool_calls"][0]["function"]["arguments"])
    assert PLACEHOLDER.fullmatch(arguments["nir"]) and PLACEHOLDER.fullmatch(arguments["mail"])


def test_public_tool_refuses_identifying_data_naming_categories(stack: Stack) -> None:
    stack.recorder.clear()
    with pytest.raises(openai.PermissionDeniedError) as caught:
        stack.client().chat.completions.create(
            model="public-echo", messages=[{"role": "user", "content": NOTE}]
        )
    error = caught.value.body
    assert isinstance(error, dict)
    assert error["code"] == "identifying_data" and error["type"] == "permission_error"
    assert "identifiant national (NIR)" in error["message"] and "téléphone (TELEPHONE)" in error["message"]
    for value in IDENTIFIERS:
        assert value not in error["message"]
    assert stack.recorder.requests == []  # nothing left


def test_public_tool_answers_a_clinical_question_without_identifiers(stack: Stack) -> None:
    question = "Quelle est la posologie de l'amoxicilline chez l'adulte pour une otite moyenne aiguë ?"
    completion = stack.client().chat.completions.create(
        model="public-echo", messages=[{"role": "user", "content": question}]
    )
    assert completion.choices[0].message.content == question


def test_images_are_refused_by_a_class_that_does_not_allow_them(stack: Stack) -> None:
    stack.recorder.clear()
    content = [
        {"type": "text", "text": "Que montre cette radiographie ?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
    ]
    with pytest.raises(openai.PermissionDeniedError) as caught:
        stack.client().chat.completions.create(
            model="gpt-echo", messages=[{"role": "user", "content": content}]
        )  # type: ignore[misc,list-item]
    assert "image" in str(caught.value)
    assert stack.recorder.requests == []


def test_embeddings_inputs_are_pseudonymised(stack: Stack) -> None:
    stack.recorder.clear()
    result = stack.client().embeddings.create(model="embed", input=[NOTE, "fièvre et toux"])
    assert len(result.data) == 2
    assert_nothing_leaked(stack)
    assert stack.recorder.last().path == "/v1/embeddings"


def test_models_lists_what_the_caller_may_use(stack: Stack) -> None:
    ids = {m.id for m in stack.client().models.list()}
    assert {"apercu", "gpt-echo", "public-echo", "embed"} <= ids


def test_apercu_shows_what_would_have_left(stack: Stack) -> None:
    stack.recorder.clear()
    completion = stack.client().chat.completions.create(
        model="apercu", messages=[{"role": "user", "content": NOTE}]
    )
    text = completion.choices[0].message.content or ""
    assert "aurait quitté l'établissement" in text
    assert PLACEHOLDER.search(text) and "amoxicilline" in text
    for value in IDENTIFIERS:
        assert value not in text  # aperçu never restores: it shows what the model would have seen
    assert completion.model_extra["egide"]["apercu"] is True  # type: ignore[index]
    streamed = "".join(
        c.choices[0].delta.content or ""
        for c in stack.client().chat.completions.create(
            model="apercu", messages=[{"role": "user", "content": NOTE}], stream=True
        )
        if c.choices
    )
    assert PLACEHOLDER.search(streamed) and NIR not in streamed
    assert stack.recorder.requests == []  # no model was called


def test_unknown_model_is_404(stack: Stack) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        stack.client().chat.completions.create(
            model="gpt-9", messages=[{"role": "user", "content": "Bonjour"}]
        )
    assert caught.value.status_code == 404


def test_bad_key_is_401(stack: Stack) -> None:
    with pytest.raises(openai.AuthenticationError):
        stack.client("egide_not-a-key").chat.completions.create(
            model="gpt-echo", messages=[{"role": "user", "content": "Bonjour"}]
        )


def test_too_large_is_413(stack: Stack) -> None:
    size = stack.settings.gateway.max_body_bytes
    with pytest.raises(openai.APIStatusError) as caught:
        stack.client().chat.completions.create(
            model="gpt-echo", messages=[{"role": "user", "content": "a" * size}]
        )
    assert caught.value.status_code == 413


def test_malformed_json_is_400(stack: Stack) -> None:
    response = httpx.post(
        stack.base_url + "/chat/completions",
        content=b'{"model": "gpt-echo", "messages": [',
        headers={"authorization": f"Bearer {stack.admin_key}", "content-type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"


def test_upstream_down_is_502(stack: Stack) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        stack.client().chat.completions.create(
            model="down", messages=[{"role": "user", "content": "Bonjour"}]
        )
    assert caught.value.status_code == 502


def test_upstream_failure_is_502(stack: Stack) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        stack.client().chat.completions.create(
            model="gpt-fail", messages=[{"role": "user", "content": "Bonjour"}]
        )
    assert caught.value.status_code == 502


def test_upstream_slow_is_504(stack: Stack) -> None:
    for stream in (False, True):
        with pytest.raises(openai.APIStatusError) as caught:
            stack.client().chat.completions.create(
                model="gpt-slow", messages=[{"role": "user", "content": "Bonjour"}], stream=stream
            )
        assert caught.value.status_code == 504


def test_suspended_tool_is_blocked_on_the_next_request(stack: Stack) -> None:
    client = stack.client()
    client.chat.completions.create(model="kill-me", messages=[{"role": "user", "content": "Bonjour"}])
    with stack.database.session(write=True) as session:
        suspend_tool(session, stack.tool_ids["Outil à suspendre"])
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="kill-me", messages=[{"role": "user", "content": "Bonjour"}])
    assert "kill-me" not in {m.id for m in client.models.list()}
