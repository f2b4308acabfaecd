"""Property: an identifier at any string position of a valid request never reaches the model.

Hypothesis builds valid chat and embeddings bodies from every documented field (nested JSON
schemas, tool definitions, tool calls with arguments as text or object, multi-part content,
reasoning, prediction, stop, response formats…). Then, for each string of the body — every value
and every object key — a copy with a synthetic identifier at that place (the whole string, or
added to it), and for each number a copy with the NIR's digits in its place, goes through the
real app to the recording model server on loopback, for a public and a contracted tool. Whatever égide does — pseudonymise, drop the field, refuse with 4xx — the
model server must never receive the identifier, and no answer may be a 5xx.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.gateway.conftest import ModelServer
from tests.gateway.test_errors import build
from tests.gateway.upstream import Recorder

pytestmark = pytest.mark.slow

#: Renderings the engine finds in plain text; in names they are read the same way (gateway.slots).
IDENTIFIERS = ["Jeanne DUPONT", "Mme Jeanne DUPONT", "2 61 02 75 115 123 45", "261027511512345"]
NIR_DIGITS = "261027511512345"

# -- valid bodies --------------------------------------------------------------------------------------
texts = st.sampled_from(
    [
        "Quelle posologie pour l'amoxicilline ?",
        "fièvre et toux depuis trois jours",
        "Résume le compte rendu.",
        "Cherche les recommandations HAS.",
        "ok",
        "Dossier trouvé.",
        "créatinine 85 µmol/L",
    ]
)
names = st.sampled_from(["chercher", "calcul_dose", "q", "resume", "get_weather", "patient_id", "age"])
call_ids = st.sampled_from(["call_a", "call_b", "toolu_01", "D681PevKs"])


def schemas() -> st.SearchStrategy[dict[str, Any]]:
    leaf = st.one_of(
        st.fixed_dictionaries(
            {"type": st.just("string")},
            optional={"description": texts, "enum": st.lists(texts, min_size=1, max_size=3), "default": texts,
                      "title": texts, "const": texts, "examples": st.lists(texts, max_size=2), "pattern": st.just("^[a-z]+$")},
        ),
        st.fixed_dictionaries({"type": st.just("integer")}, optional={"minimum": st.just(0), "description": texts}),
        st.just({"type": "boolean"}),
    )  # fmt: skip

    def extend(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        obj = st.dictionaries(names, children, min_size=1, max_size=3).flatmap(
            lambda props: st.fixed_dictionaries(
                {"type": st.just("object"), "properties": st.just(props)},
                optional={"required": st.just(sorted(props)), "description": texts, "additionalProperties": st.booleans()},
            )
        )  # fmt: skip
        array = st.fixed_dictionaries(
            {"type": st.just("array"), "items": children}, optional={"description": texts}
        )
        return st.one_of(obj, array)

    return st.recursive(leaf, extend, max_leaves=6)


json_values = st.recursive(
    st.one_of(texts, st.integers(0, 99), st.booleans(), st.none()),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(names, children, max_size=3)),
    max_leaves=6,
)
arguments_objects = st.dictionaries(names, json_values, max_size=3)
arguments = st.one_of(
    arguments_objects.map(lambda a: json.dumps(a, ensure_ascii=False)), arguments_objects, texts
)

text_parts = st.lists(st.builds(lambda t: {"type": "text", "text": t}, texts), min_size=1, max_size=3)
content = st.one_of(texts, text_parts)

tool_calls = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"id": call_ids, "type": st.just("function"),
             "function": st.fixed_dictionaries({"name": names, "arguments": arguments})}
        ),
        st.fixed_dictionaries(
            {"id": call_ids, "type": st.just("custom"), "custom": st.fixed_dictionaries({"name": names, "input": texts})}
        ),
    ),
    min_size=1,
    max_size=2,
)  # fmt: skip

messages = st.lists(
    st.one_of(
        st.fixed_dictionaries({"role": st.sampled_from(["system", "developer"]), "content": content}, optional={"name": names}),
        st.fixed_dictionaries({"role": st.just("user"), "content": content}, optional={"name": names}),
        st.fixed_dictionaries(
            {"role": st.just("assistant")},
            optional={"content": st.one_of(st.none(), content), "refusal": texts, "reasoning_content": texts,
                      "tool_calls": tool_calls, "name": names},
        ),
        st.fixed_dictionaries({"role": st.just("tool"), "tool_call_id": call_ids, "content": content}),
        st.fixed_dictionaries({"role": st.just("function"), "name": names, "content": texts}),
    ),
    min_size=1,
    max_size=4,
)  # fmt: skip

function_tools = st.fixed_dictionaries(
    {"type": st.just("function"), "function": st.fixed_dictionaries({"name": names}, optional={"description": texts, "parameters": schemas(), "strict": st.booleans()})}
)  # fmt: skip
custom_tools = st.fixed_dictionaries(
    {"type": st.just("custom"), "custom": st.fixed_dictionaries({"name": names}, optional={"description": texts, "format": st.just({"type": "text"})})}
)  # fmt: skip

chat_optional: dict[str, st.SearchStrategy[Any]] = {
    "tools": st.lists(st.one_of(function_tools, custom_tools), min_size=1, max_size=2),
    "tool_choice": st.one_of(
        st.sampled_from(["none", "auto", "required"]),
        st.builds(lambda n: {"type": "function", "function": {"name": n}}, names),
        st.builds(lambda n: {"type": "allowed_tools", "allowed_tools": {"mode": "auto", "tools": [{"type": "function", "function": {"name": n}}]}}, names),
    ),
    "response_format": st.one_of(
        st.just({"type": "text"}),
        st.just({"type": "json_object"}),
        st.builds(lambda n, s, d: {"type": "json_schema", "json_schema": {"name": n, "schema": s, "description": d, "strict": True}}, names, schemas(), texts),
    ),
    "prediction": st.builds(lambda c: {"type": "content", "content": c}, content),
    "stop": st.one_of(texts, st.lists(texts, min_size=1, max_size=3)),
    "web_search_options": st.builds(
        lambda c: {"search_context_size": "low", "user_location": {"type": "approximate", "approximate": {"city": c, "country": "FR"}}}, texts
    ),
    "audio": st.just({"format": "wav", "voice": "alloy"}),
    "modalities": st.just(["text"]),
    "logit_bias": st.just({"50256": -100}),
    "metadata": st.dictionaries(names, texts, max_size=2),
    "user": names,
    "temperature": st.floats(0, 2),
    "top_p": st.floats(0, 1),
    "max_tokens": st.integers(1, 500),
    "max_completion_tokens": st.integers(1, 500),
    "n": st.just(1),
    "seed": st.integers(0, 1000),
    "presence_penalty": st.floats(-2, 2),
    "frequency_penalty": st.floats(-2, 2),
    "logprobs": st.booleans(),
    "top_logprobs": st.integers(0, 5),
    "parallel_tool_calls": st.booleans(),
    "store": st.booleans(),
    "reasoning_effort": st.sampled_from(["low", "medium", "high"]),
    "service_tier": st.just("auto"),
    "verbosity": st.just("low"),
    "stream": st.booleans(),
    "stream_options": st.just({"include_usage": True}),
}  # fmt: skip

chat_bodies = st.fixed_dictionaries({"messages": messages}, optional=chat_optional)
embedding_bodies = st.fixed_dictionaries(
    {"input": st.one_of(texts, st.lists(texts, min_size=1, max_size=3))},
    optional={"encoding_format": st.just("float"), "dimensions": st.integers(1, 64), "user": names},
)


# -- every string position ------------------------------------------------------------------------------
Path_ = tuple[Any, ...]


def positions(value: Any, path: Path_ = ()) -> Iterator[tuple[str, Path_]]:
    """("value", path) for each string, ("number", path) for each number, ("key", path + (key,)) for each key."""
    if isinstance(value, str):
        yield "value", path
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield "number", path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield "key", (*path, key)
            yield from positions(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from positions(item, (*path, i))


def planted(body: dict[str, Any], kind: str, path: Path_, identifier: str, whole: bool) -> dict[str, Any]:
    copied = copy.deepcopy(body)
    parent: Any = copied
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if kind == "number":  # an identifier written as a number: the NIR's digits
        parent[last] = int(NIR_DIGITS)
    elif kind == "value":
        parent[last] = identifier if whole else f"{parent[last]} {identifier}"
    else:  # rename the key in place, keeping the order of the others
        new_key = identifier if whole else f"{last}_{identifier}"
        items = list(parent.items())
        parent.clear()
        parent.update((new_key if k == last else k, v) for k, v in items)
    return copied


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, model_server: ModelServer
) -> Iterator[tuple[TestClient, str, Recorder]]:
    client, key, recorder = build(tmp_path_factory.mktemp("leaks"), model_server)
    with client:
        yield client, key, recorder


def leaked(raw: str) -> bool:
    return "dupont" in raw.casefold() or NIR_DIGITS in re.sub(r"\D", "", raw)


def send_everywhere(
    app: tuple[TestClient, str, Recorder],
    path: str,
    body: dict[str, Any],
    model: str,
    identifier: str,
    whole: bool,
) -> int:
    client, key, recorder = app
    body = {"model": model, **body}
    sent = 0
    for kind, where in list(positions(body)):
        request = planted(body, kind, where, identifier, whole)
        before = len(recorder.requests)
        response = client.post(f"/v1{path}", json=request, headers={"Authorization": f"Bearer {key}"})
        assert response.status_code < 500, (where, response.text)
        new = recorder.requests[before:]
        if response.status_code != 200:
            assert new == [], (kind, where, response.status_code)
        for received in new:
            assert not leaked(received.body), (kind, where, identifier)
        sent += len(new)
    return sent


SETTINGS = settings(
    max_examples=int(os.environ.get("EGIDE_LEAK_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(
    body=chat_bodies,
    model=st.sampled_from(["m", "p"]),
    identifier=st.sampled_from(IDENTIFIERS),
    whole=st.booleans(),
)
def test_no_identifier_in_any_chat_field_reaches_the_model(
    app: tuple[TestClient, str, Recorder], body: dict[str, Any], model: str, identifier: str, whole: bool
) -> None:
    send_everywhere(app, "/chat/completions", body, model, identifier, whole)


@SETTINGS
@given(body=embedding_bodies, identifier=st.sampled_from(IDENTIFIERS), whole=st.booleans())
def test_no_identifier_in_any_embeddings_field_reaches_the_model(
    app: tuple[TestClient, str, Recorder], body: dict[str, Any], identifier: str, whole: bool
) -> None:
    send_everywhere(app, "/embeddings", body, "m", identifier, whole)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=chat_bodies)
def test_the_generated_bodies_are_valid_and_leave(
    app: tuple[TestClient, str, Recorder], body: dict[str, Any]
) -> None:
    """Negative control: without an identifier the generated bodies pass and reach the model."""
    client, key, recorder = app
    before = len(recorder.requests)
    response = client.post(
        "/v1/chat/completions", json={"model": "m", **body}, headers={"Authorization": f"Bearer {key}"}
    )
    assert response.status_code == 200, response.text
    assert len(recorder.requests) == before + 1


def test_the_leak_check_sees_a_raw_identifier() -> None:
    """Negative control of the oracle itself."""
    assert leaked('{"metadata": {"x": "Mme Jeanne DUPONT"}}')
    assert leaked('{"stop": ["2 61 02 75 115 123 45"]}')
    assert not leaked('{"stop": ["<NOM_1>", "<NIR_1>"]}')
