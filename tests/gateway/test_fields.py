"""Every field of a request, to a `public` and to a `contracted` tool: scanned, dropped or refused, never raw.

Each case puts a synthetic identifier (a name or a NIR with a valid key) in one field of an otherwise
harmless request and sends it, as raw JSON, through the real app to a model server on loopback
that records every byte. The expected outcome is stated per tool class; whatever it is, the model
server must not have received the identifier.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.gateway.conftest import ModelServer, Stack
from tests.gateway.test_errors import build

NAME = "Jeanne DUPONT"
NIR = "2 61 02 75 115 123 45"
NIR_DIGITS = NIR.replace(" ", "")
NAME_IN_A_NAME = "get_Jeanne_DUPONT"  # the shape of a function or property name

Body = dict[str, Any]


def base() -> Body:
    return {"model": "", "messages": [{"role": "user", "content": "Quelle posologie pour l'amoxicilline ?"}]}


def with_history(body: Body) -> Body:
    body["messages"] = [
        {"role": "user", "content": "Cherche le dossier."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_a", "type": "function", "function": {"name": "chercher", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_a", "content": "Dossier trouvé."},
        {"role": "user", "content": "Résume."},
    ]
    return body


def tool(
    parameters: Body | None = None, name: str = "chercher", description: str = "Cherche un dossier"
) -> Body:
    function: Body = {"name": name, "description": description}
    if parameters is not None:
        function["parameters"] = parameters
    return {"type": "function", "function": function}


def schema(**property_schema: Any) -> Body:
    return {"type": "object", "properties": {"q": {"type": "string", **property_schema}}, "required": ["q"]}


def set_(path: Callable[[Body], None]) -> Callable[[], Body]:
    def build() -> Body:
        body = base()
        path(body)
        return body

    return build


def _assistant_history(extra: Body) -> Callable[[Body], None]:
    def edit(body: Body) -> None:
        body["messages"].insert(0, {"role": "assistant", "content": "Bonjour.", **extra})

    return edit


def _call(call: Body, answer: Body | None = None) -> Callable[[Body], None]:
    def edit(body: Body) -> None:
        with_history(body)
        body["messages"][1]["tool_calls"][0].update(call)
        if answer:
            body["messages"][2].update(answer)

    return edit


def _function(**changes: Any) -> Callable[[Body], None]:
    def edit(body: Body) -> None:
        with_history(body)
        body["messages"][1]["tool_calls"][0]["function"].update(changes)

    return edit


# Outcomes: "sent" (200, identifier not upstream), "blocked" (403 identifying_data), "name" (403
# identifying_name), "unknown" (400 unknown_field), "dropped" (200 and the field is absent upstream).
# (case, body, outcome with the contracted tool, outcome with the public tool)
CASES: list[tuple[str, Callable[[], Body], str, str]] = [
    ("metadata", set_(lambda b: b.update(metadata={"patient": NAME})), "dropped", "dropped"),
    ("user", set_(lambda b: b.update(user=NAME)), "dropped", "dropped"),
    ("safety_identifier", set_(lambda b: b.update(safety_identifier=NIR)), "dropped", "dropped"),
    ("prediction.content", set_(lambda b: b.update(prediction={"type": "content", "content": f"Mme {NAME}"})), "sent", "blocked"),
    ("prediction.content[].text", set_(lambda b: b.update(prediction={"type": "content", "content": [{"type": "text", "text": NIR}]})), "sent", "blocked"),
    ("response_format description", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": "r", "description": f"Dossier de {NAME}", "schema": schema()}})), "sent", "blocked"),
    ("response_format const", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema(const=NAME)}})), "sent", "blocked"),
    ("response_format enum", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema(enum=[NIR, "autre"])}})), "sent", "blocked"),
    ("response_format default", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema(default=NAME)}})), "sent", "blocked"),
    ("response_format title", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema(title=NAME)}})), "sent", "blocked"),
    ("response_format examples", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema(examples=[{"nom": NAME}])}})), "sent", "blocked"),
    ("response_format property name", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object", "properties": {NAME_IN_A_NAME: {"type": "string"}}}}})), "name", "blocked"),
    ("response_format name", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": NAME_IN_A_NAME, "schema": schema()}})), "name", "blocked"),
    ("response_format unknown key", set_(lambda b: b.update(response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema(), "note": NAME}})), "unknown", "unknown"),
    ("stop", set_(lambda b: b.update(stop=NAME)), "sent", "blocked"),
    ("stop[]", set_(lambda b: b.update(stop=["FIN", NIR])), "sent", "blocked"),
    ("web_search_options city", set_(lambda b: b.update(web_search_options={"user_location": {"type": "approximate", "approximate": {"city": f"chez {NAME}"}}})), "sent", "blocked"),
    ("web_search_options unknown key", set_(lambda b: b.update(web_search_options={"note": NAME})), "unknown", "unknown"),
    ("unknown top-level field", set_(lambda b: b.update(patient=NAME)), "unknown", "unknown"),
    ("unknown top-level object", set_(lambda b: b.update(extra_body={"nir": NIR})), "unknown", "unknown"),
    ("reasoning_content", set_(_assistant_history({"reasoning_content": f"La patiente {NAME} a dit…"})), "sent", "blocked"),
    ("audio.transcript", set_(_assistant_history({"audio": {"id": "audio_1", "transcript": NAME}})), "unknown", "unknown"),
    ("unknown message field", set_(lambda b: b["messages"][0].update(patient=NAME)), "unknown", "unknown"),
    ("extra key in a text part", set_(lambda b: b["messages"][0].update(content=[{"type": "text", "text": "Bonjour", "note": NAME}])), "unknown", "unknown"),
    ("tool parameters description", set_(lambda b: b.update(tools=[tool(schema(description=f"Nom : {NAME}"))])), "sent", "blocked"),
    ("tool parameters enum", set_(lambda b: b.update(tools=[tool(schema(enum=[NIR]))])), "sent", "blocked"),
    ("tool parameters default", set_(lambda b: b.update(tools=[tool(schema(default=NAME))])), "sent", "blocked"),
    ("tool parameters property name", set_(lambda b: b.update(tools=[tool({"type": "object", "properties": {NAME_IN_A_NAME: {"type": "string"}}})])), "name", "blocked"),
    ("tool parameters nested $defs", set_(lambda b: b.update(tools=[tool({"type": "object", "$defs": {"p": {"type": "object", "properties": {"x": {"type": "string", "description": NIR}}}}, "properties": {"p": {"$ref": "#/$defs/p"}}})])), "sent", "blocked"),
    ("tool description", set_(lambda b: b.update(tools=[tool(description=f"Dossier de {NAME}")])), "sent", "blocked"),
    ("function name", set_(lambda b: b.update(tools=[tool(name=NAME_IN_A_NAME)])), "name", "blocked"),
    ("function name (NIR)", set_(lambda b: b.update(tools=[tool(name=f"dossier{NIR_DIGITS}")])), "name", "blocked"),
    ("unknown tool key", set_(lambda b: b.update(tools=[{**tool(), "note": NAME}])), "unknown", "unknown"),
    ("tool_choice name", set_(lambda b: b.update(tools=[tool(name=NAME_IN_A_NAME)], tool_choice={"type": "function", "function": {"name": NAME_IN_A_NAME}})), "name", "blocked"),
    ("tool-call arguments as an object", set_(_function(arguments={"patient": NAME})), "sent", "blocked"),
    ("tool-call arguments key", set_(_function(arguments=json.dumps({NAME_IN_A_NAME: 1}))), "name", "blocked"),
    ("tool-call function name", set_(_function(name=NAME_IN_A_NAME)), "name", "blocked"),
    ("seed", set_(lambda b: b.update(seed=int(NIR_DIGITS))), "name", "blocked"),
    ("max_tokens", set_(lambda b: b.update(max_tokens=int(NIR_DIGITS))), "name", "blocked"),
    ("an ordinary seed", set_(lambda b: b.update(seed=1234, temperature=0.7)), "sent", "sent"),
    ("custom tool-call input", set_(_call({"type": "custom", "custom": {"name": "sql", "input": f"nom = '{NAME}'"}})), "sent", "blocked"),
    ("custom tool-call unknown key", set_(_call({"type": "custom", "custom": {"name": "sql", "note": NAME}})), "unknown", "unknown"),
    ("tool-call id and tool_call_id", set_(_call({"id": f"call_{NIR_DIGITS}"}, {"tool_call_id": f"call_{NIR_DIGITS}"})), "sent", "sent"),
    ("tool-call id with a name", set_(_call({"id": NAME_IN_A_NAME}, {"tool_call_id": NAME_IN_A_NAME})), "sent", "sent"),
    ("participant name, lower case", set_(lambda b: b["messages"][0].update(name="jeanne_dupont")), "dropped_name", "dropped_name"),
    ("participant name", set_(lambda b: b["messages"][0].update(name="Jeanne_DUPONT")), "dropped_name", "dropped_name"),
    ("image URL", set_(lambda b: b["messages"][0].update(content=[{"type": "image_url", "image_url": {"url": f"https://imagerie.example/{NIR_DIGITS}.png"}}])), "unscannable", "unscannable"),
    ("file name", set_(lambda b: b["messages"][0].update(content=[{"type": "text", "text": "Lis."}, {"type": "file", "file": {"filename": f"{NAME}.pdf", "file_data": "JVBERi0="}}])), "unscannable", "unscannable"),
    ("logit_bias key", set_(lambda b: b.update(logit_bias={NIR_DIGITS: 1})), "invalid", "invalid"),
    ("function_call name (deprecated)", set_(lambda b: b.update(functions=[{"name": "f"}], function_call={"name": NAME_IN_A_NAME})), "name", "blocked"),
    ("functions description (deprecated)", set_(lambda b: b.update(functions=[{"name": "f", "description": NAME}])), "sent", "blocked"),
    ("function role name (deprecated)", set_(lambda b: b["messages"].append({"role": "function", "name": NAME_IN_A_NAME, "content": "ok"})), "name", "blocked"),
]  # fmt: skip

EMBEDDING_CASES: list[tuple[str, Body, str, str]] = [
    ("input", {"input": [f"Mme {NAME}", "fièvre"]}, "sent", "blocked"),
    ("user", {"input": "fièvre", "user": NAME}, "dropped", "dropped"),
    ("unknown field", {"input": "fièvre", "patient": NIR}, "unknown", "unknown"),
    ("encoding_format", {"input": "fièvre", "encoding_format": NAME}, "invalid", "invalid"),
]

TOOLS = {"contracted": ("gpt-echo", "embed"), "public": ("public-echo", None)}


def post(stack: Stack, path: str, body: Body) -> httpx.Response:
    return httpx.post(
        f"{stack.base_url}{path}",
        json=body,
        headers={"Authorization": f"Bearer {stack.admin_key}"},
        timeout=20,
        trust_env=False,
    )


def assert_never_upstream(stack: Stack) -> None:
    received = stack.recorder.everything()
    assert NAME.casefold() not in received.casefold()
    assert "dupont" not in received.casefold()
    assert NIR_DIGITS not in re.sub(r"\D", "", received)


def check(stack: Stack, response: httpx.Response, outcome: str, sent_before: int) -> None:
    error = response.json().get("error") if response.status_code != 200 else None
    new = stack.recorder.requests[sent_before:]
    if outcome in ("sent", "dropped", "dropped_name"):
        assert response.status_code == 200, response.text
        assert len(new) == 1
    elif outcome == "blocked":
        assert response.status_code == 403 and error["code"] == "identifying_data", response.text
    elif outcome == "name":
        assert response.status_code == 403 and error["code"] == "identifying_name", response.text
        assert "Jeanne" not in error["message"] and NIR_DIGITS not in error["message"]
    elif outcome == "unknown":
        assert response.status_code == 400 and error["code"] == "unknown_field", response.text
        assert error["param"] and "Jeanne" not in error["message"]
    elif outcome == "unscannable":
        assert response.status_code == 403 and error["code"] == "unscannable_content", response.text
    elif outcome == "invalid":
        assert response.status_code == 400 and error["code"] == "invalid_request", response.text
    else:  # pragma: no cover - a typo in the table
        raise AssertionError(outcome)
    if outcome not in ("sent", "dropped", "dropped_name"):
        assert new == []


@pytest.mark.parametrize("klass", ["contracted", "public"])
@pytest.mark.parametrize(("case", "build", "contracted", "public"), CASES, ids=[c[0] for c in CASES])
def test_every_chat_field_is_scanned_dropped_or_refused(
    stack: Stack, klass: str, case: str, build: Callable[[], Body], contracted: str, public: str
) -> None:
    body = build()
    body["model"] = TOOLS[klass][0]
    sent_before = len(stack.recorder.requests)
    response = post(stack, "/chat/completions", copy.deepcopy(body))
    outcome = contracted if klass == "contracted" else public
    check(stack, response, outcome, sent_before)
    assert_never_upstream(stack)
    if outcome == "dropped":
        sent = stack.recorder.last().json()
        assert not ({"metadata", "user", "safety_identifier"} & sent.keys())
    if outcome == "dropped_name":
        assert all("name" not in m for m in stack.recorder.last().json()["messages"])


@pytest.mark.parametrize(
    ("case", "body", "contracted", "public"), EMBEDDING_CASES, ids=[c[0] for c in EMBEDDING_CASES]
)
def test_every_embeddings_field_is_scanned_dropped_or_refused(
    stack: Stack, case: str, body: Body, contracted: str, public: str
) -> None:
    sent_before = len(stack.recorder.requests)
    response = post(stack, "/embeddings", {"model": "embed", **body})
    check(stack, response, contracted, sent_before)
    assert_never_upstream(stack)


def test_pseudonymised_fields_keep_their_place_and_tool_call_ids_still_pair(stack: Stack) -> None:
    body = with_history(base())
    body["model"] = "gpt-echo"
    body["messages"][1]["tool_calls"][0]["id"] = NAME_IN_A_NAME
    body["messages"][2]["tool_call_id"] = NAME_IN_A_NAME
    body["messages"][2]["content"] = f"Dossier de {NAME} trouvé."
    body["stop"] = [NAME]
    body["tools"] = [tool(schema(enum=[NAME, "autre"]))]
    body["temperature"] = 0.2
    response = post(stack, "/chat/completions", body)
    assert response.status_code == 200, response.text
    sent = stack.recorder.last().json()
    call = sent["messages"][1]["tool_calls"][0]
    assert call["id"] == sent["messages"][2]["tool_call_id"] == "call00001"
    placeholder = sent["stop"][0]
    assert re.fullmatch(r"<NOM_\d+>", placeholder)
    assert placeholder in sent["messages"][2]["content"]  # one person, one placeholder everywhere
    assert sent["tools"][0]["function"]["parameters"]["properties"]["q"]["enum"] == [placeholder, "autre"]
    assert sent["temperature"] == 0.2


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"tools": 5}, "tools"),
        ({"tools": True}, "tools"),
        ({"tools": [5]}, "tools[0]"),
        ({"tools": [{"type": "function", "function": {"name": 3}}]}, "tools[0].function.name"),
        (
            {"tools": [{"type": "function", "function": {"name": "f", "parameters": []}}]},
            "tools[0].function.parameters",
        ),
        ({"tool_choice": 5}, "tool_choice"),
        ({"tool_choice": "maybe"}, "tool_choice"),
        ({"temperature": "chaud"}, "temperature"),
        ({"max_tokens": 1.5}, "max_tokens"),
        ({"n": True}, "n"),
        ({"stream_options": {"include_usage": "oui"}}, "stream_options.include_usage"),
        ({"stop": 5}, "stop"),
        ({"stop": ["a", 5]}, "stop[1]"),
        ({"response_format": {"type": "xml"}}, "response_format.type"),
        ({"metadata": None, "logprobs": "oui"}, "logprobs"),
    ],
)
def test_wrong_types_are_400_naming_the_field(stack: Stack, change: Body, param: str) -> None:
    body = {**base(), "model": "gpt-echo", **change}
    response = post(stack, "/chat/completions", body)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["param"] == param


@pytest.mark.parametrize(
    ("message", "param"),
    [
        ({"role": "assistant", "tool_calls": 5}, "messages[0].tool_calls"),
        ({"role": "assistant", "tool_calls": [5]}, "messages[0].tool_calls[0]"),
        ({"role": "assistant", "tool_calls": [{"id": 7, "function": {"name": "f"}}]}, "messages[0].tool_calls[0].id"),
        ({"role": "assistant", "tool_calls": [{"id": "c", "function": {"name": "f", "arguments": 5}}]},
         "messages[0].tool_calls[0].function.arguments"),
        ({"role": "assistant", "content": "x", "reasoning_content": 5}, "messages[0].reasoning_content"),
        ({"role": "tool", "content": "x", "tool_call_id": None}, "messages[0].tool_call_id"),
        ({"role": "user", "content": [{"type": "text", "text": 5}]}, "messages[0].content[0].text"),
    ],
)  # fmt: skip
def test_wrong_message_shapes_are_400(stack: Stack, message: Body, param: str) -> None:
    body = {"model": "gpt-echo", "messages": [message, {"role": "user", "content": "Bonjour"}]}
    response = post(stack, "/chat/completions", body)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["param"] == param


def _nested(depth: int) -> str:
    """A JSON document ``depth`` objects deep, written directly (encoders recurse and stop near 1,000)."""
    return '{"a":' * depth + '"feuille"' + "}" * depth


def post_raw(stack: Stack, path: str, body: Body, deep: str) -> httpx.Response:
    """``body`` as JSON with the string ``"DEEP"`` replaced by the raw document ``deep``."""
    raw = json.dumps(body).replace('"DEEP"', deep)
    return httpx.post(
        f"{stack.base_url}{path}",
        content=raw.encode(),
        headers={"Authorization": f"Bearer {stack.admin_key}", "Content-Type": "application/json"},
        timeout=20,
        trust_env=False,
    )


@pytest.mark.parametrize("depth", [65, 990])
def test_deep_arguments_and_schemas_are_400_not_500(stack: Stack, depth: int) -> None:
    call: Body = {"id": "c", "type": "function", "function": {"name": "f", "arguments": "DEEP"}}
    history: Body = {
        "model": "gpt-echo",
        "messages": [{"role": "assistant", "tool_calls": [call]}, {"role": "user", "content": "Suite."}],
    }
    sent_before = len(stack.recorder.requests)
    as_string = post_raw(stack, "/chat/completions", history, json.dumps(_nested(depth)))
    assert as_string.status_code == 400, as_string.text
    assert "imbriqué trop profondément" in as_string.json()["error"]["message"]
    as_object = post_raw(stack, "/chat/completions", history, _nested(depth))
    assert as_object.status_code == 400, as_object.text
    deep_schema = {**base(), "model": "gpt-echo", "tools": [tool({"type": "object", "properties": "DEEP"})]}
    in_schema = post_raw(stack, "/chat/completions", deep_schema, _nested(depth))
    assert in_schema.status_code == 400, in_schema.text
    assert stack.recorder.requests[sent_before:] == []


def test_a_schema_within_the_depth_limit_passes(stack: Stack) -> None:
    body = {**base(), "model": "gpt-echo", "tools": [tool({"type": "object", "properties": "DEEP"})]}
    response = post_raw(stack, "/chat/completions", body, _nested(60))
    assert response.status_code == 200, response.text


def test_a_tool_may_declare_extra_fields_whose_strings_are_scanned(
    tmp_path: Path, model_server: ModelServer
) -> None:
    declared = {"contrat": ["chat_template_kwargs", "content.cache_control"], "echo": ["messages.reasoning"]}
    client, key, recorder = build(tmp_path, model_server, extra_fields=declared)
    headers = {"Authorization": f"Bearer {key}"}
    body = {
        "messages": [
            {"role": "assistant", "content": "Bonjour.", "reasoning": f"Il s'agit de {NAME}."},
            {
                "role": "user",
                "content": [{"type": "text", "text": "Suite.", "cache_control": {"type": "ephemeral"}}],
            },
        ],
        "chat_template_kwargs": {"enable_thinking": False, "note": f"NIR {NIR}"},
    }
    with client:
        recorder.clear()
        sent = client.post("/v1/chat/completions", json={"model": "m", **body}, headers=headers)
        assert sent.status_code == 200, sent.text
        received = recorder.last().json()
        assert received["chat_template_kwargs"]["enable_thinking"] is False
        assert re.fullmatch(r"NIR <NIR_\d+>", received["chat_template_kwargs"]["note"])
        assert re.fullmatch(r"Il s'agit de <NOM_\d+>\.", received["messages"][0]["reasoning"])
        assert received["messages"][1]["content"][0]["cache_control"] == {"type": "ephemeral"}
        # The public tool declared nothing: the same fields are refused there, and never sent.
        refused = client.post("/v1/chat/completions", json={"model": "p", **body}, headers=headers)
        assert refused.status_code == 400 and refused.json()["error"]["code"] == "unknown_field"
        assert len(recorder.requests) == 1


def test_reasoning_restored_in_an_answer_is_scanned_when_the_history_is_resent(tmp_path: Path) -> None:
    """The gateway gives the model's reasoning back with real names; resent, it must not leave raw."""
    from fastapi.testclient import TestClient
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response

    from egide.app import database_of
    from egide.gateway.app import create_app
    from egide.governance import bootstrap
    from tests.gateway.conftest import approved_tool, make_settings
    from tests.gateway.servers import serve_handler

    received: list[str] = []

    async def reasoning_model(request: Request) -> Response:
        raw = (await request.body()).decode()
        received.append(raw)
        last = json.loads(raw)["messages"][-1]["content"]
        message = {"role": "assistant", "content": "Réponse.", "reasoning_content": f"Il s'agit de {last}."}
        return JSONResponse({"id": "x", "object": "chat.completion", "created": 1, "model": "r",
                             "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]})  # fmt: skip

    settings = make_settings(tmp_path)
    database = database_of(settings)
    database.migrate()
    key = bootstrap(database)
    with serve_handler(reasoning_model) as url:
        approved_tool(database, url, models={"r": "r"})
        with TestClient(create_app(settings, database=database)) as client:
            headers = {"Authorization": f"Bearer {key}"}
            first = [{"role": "user", "content": f"Mme {NAME}"}]
            answer = client.post(
                "/v1/chat/completions", json={"model": "r", "messages": first}, headers=headers
            )
            assert answer.status_code == 200, answer.text
            reasoning = answer.json()["choices"][0]["message"]["reasoning_content"]
            assert NAME in reasoning  # restored for the client
            history = [
                *first,
                answer.json()["choices"][0]["message"],
                {"role": "user", "content": "Et ensuite ?"},
            ]
            again = client.post(
                "/v1/chat/completions", json={"model": "r", "messages": history}, headers=headers
            )
            assert again.status_code == 200, again.text
    database.dispose()
    assert len(received) == 2
    resent = json.loads(received[1])["messages"][1]
    assert re.fullmatch(r"Il s'agit de Mme <NOM_\d+>\.", resent["reasoning_content"])
    assert not any("DUPONT" in r for r in received)


def test_apercu_shows_every_field_that_would_leave_and_only_those(stack: Stack) -> None:
    body = {
        **base(),
        "model": "apercu",
        "stop": [f"Mme {NAME}"],
        "metadata": {"service": "cardiologie"},
        "seed": 3,
    }
    response = post(stack, "/chat/completions", body)
    assert response.status_code == 200, response.text
    preview = response.json()["choices"][0]["message"]["content"]
    shown = json.loads(preview[preview.index("{") :])
    assert re.fullmatch(r"Mme <NOM_\d+>", shown["stop"][0]) and shown["seed"] == 3
    assert "metadata" not in shown and "DUPONT" not in preview


def test_streamed_reasoning_is_restored_like_content() -> None:
    from egide.detect import Finding
    from egide.gateway.restore import StreamRestoration
    from egide.transform import Pseudonymiser

    pseudonymiser = Pseudonymiser("placeholder", secret=b"k" * 32, scope="s")
    text = f"Mme {NAME}"
    masked = pseudonymiser.apply(text, [Finding(4, len(text), "NOM", 0.9, "test")])
    restoration = StreamRestoration(pseudonymiser)
    restored = ""
    for i in range(0, len(masked), 3):
        event = {
            "choices": [
                {"index": 0, "delta": {"reasoning_content": masked[i : i + 3]}, "finish_reason": None}
            ]
        }
        restored += restoration.event(event)["choices"][0]["delta"].get("reasoning_content", "")
    last = restoration.event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    restored += last["choices"][0]["delta"].get("reasoning_content", "")
    assert restored == text
