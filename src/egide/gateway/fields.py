"""What égide forwards of a request, field by field: every string that leaves is scanned, or not sent.

The outgoing body is built, in one pass, from the fields below only; each string copied into it is
registered for detection (:mod:`egide.gateway.slots`). A field that is not listed is refused with
400 ``unknown_field`` naming it: a client learns at once that something it sent would not have
reached the model, rather than the model silently missing it. A tool that needs a field of its own
(a local server's ``chat_template_kwargs``, a provider's message ``reasoning``) declares it in
``gateway.extra_fields`` under the tool's name or upstream model; every string in a declared field
is scanned like content (values as text, keys as names).

Rules (« text »: scanned, pseudonymised in place; « name »: scanned in a readable form, a finding
refuses the request where text would have been pseudonymised, 403 ``identifying_name``; « value »:
type-checked, no string in it; « dropped »: accepted, never forwarded):

``/v1/chat/completions``

========================================  =========================================================
``model``                                 replaced by the tool's upstream model
``messages``                              see :mod:`egide.gateway.conversation`
``tools[].function``                      ``name`` name, ``description`` text, ``parameters`` JSON
                                          schema (keywords kept; property names, ``required``,
                                          ``$ref``, ``pattern``, ``format`` names; descriptions,
                                          titles, ``enum``, ``const``, ``default``, ``examples``
                                          text), ``strict`` value
``tools[].custom``                        ``name`` name, ``description`` text, ``format`` every
                                          string text (keys names)
``functions[]`` (deprecated)              as ``tools[].function``
``tool_choice``, ``function_call``        ``none`` / ``auto`` / ``required``, or the function's
                                          ``name`` (name); ``allowed_tools`` likewise
``response_format``                       ``type``; ``json_schema``: ``name`` name,
                                          ``description`` text, ``schema`` JSON schema, ``strict``
``prediction``                            ``content`` text (or text parts)
``stop``                                  text (or list of texts)
``web_search_options``                    ``search_context_size`` name; ``user_location``
                                          ``approximate`` city, country, region, timezone: text
``audio``                                 ``format``, ``voice`` names
``logit_bias``                            keys token ids (1 to 7 digits), values numbers
``reasoning_effort``, ``service_tier``,   names
``verbosity``, ``modalities[]``
temperature, top_p, top_k, min_p,         values (numbers, integers, booleans)
frequency/presence/repetition_penalty,
max_tokens, max_completion_tokens, n,
seed, logprobs, top_logprobs, stream,
stream_options, parallel_tool_calls,
store                                     (a whole number of 8 digits or more: a name)
``user``, ``metadata``,                   dropped: they identify the caller or the conversation
``safety_identifier``,                    to the provider; égide's audit trail is the record
``prompt_cache_key``
========================================  =========================================================

``/v1/embeddings``: ``model`` (replaced), ``input`` (texts scanned; token arrays unscannable),
``encoding_format`` (``float`` or ``base64``), ``dimensions`` (integer), ``user`` (dropped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from egide.errors import InputError
from egide.gateway.conversation import read_messages
from egide.gateway.slots import Extracted, Reader, key_path, unknown_field, wrong_type

_NUMBERS = frozenset(
    {"temperature", "top_p", "min_p", "frequency_penalty", "presence_penalty", "repetition_penalty"}
)
_INTEGERS = frozenset({"max_tokens", "max_completion_tokens", "n", "seed", "top_logprobs", "top_k"})
_BOOLEANS = frozenset({"logprobs", "stream", "parallel_tool_calls", "store"})
_NAMES = frozenset({"reasoning_effort", "service_tier", "verbosity"})
_DROPPED = frozenset({"user", "metadata", "safety_identifier", "prompt_cache_key"})
_MODES = ("none", "auto", "required")
_TOKEN_ID = re.compile(r"[0-9]{1,7}")


def read_chat(body: dict[str, Any], extra: Collection[str] = ()) -> Extracted:
    """Validate a chat request and build what may leave of it, with the slots of every string."""
    reader = Reader(extra)
    out = reader.out.outgoing
    out["messages"] = read_messages(reader, body)  # first: slots in conversation order
    for key, value in body.items():
        if key == "model":
            out[key] = value
            continue
        if key == "messages" or key in _DROPPED or value is None:  # null: as if absent
            continue
        handler = _CHAT.get(key)
        if handler is not None:
            out[key] = value
            handler(reader, out, key)
        elif key in _NUMBERS:
            out[key] = reader.long_number(reader.number(value, key), key)
        elif key in _INTEGERS:
            out[key] = reader.long_number(reader.integer(value, key), key)
        elif key in _BOOLEANS:
            out[key] = reader.boolean(value, key)
        elif key in _NAMES:
            out[key] = value
            reader.name(out, key, key)
        elif reader.is_extra("", key):
            out[key] = value
            reader.extra_value(out, key, key)
        else:
            raise unknown_field("", key)
    return reader.out


def read_embeddings(body: dict[str, Any], extra: Collection[str] = ()) -> Extracted:
    """An embeddings request: its inputs are scanned; token arrays cannot be read and count as unscannable."""
    reader = Reader(extra)
    out = reader.out.outgoing
    value = body.get("input")
    if isinstance(value, str):
        if not value:
            raise InputError("« input » est vide", param="input")
        out["input"] = value
        reader.text(out, "input", "input")
    elif isinstance(value, list) and value:
        inputs: list[Any] = []
        for i, item in enumerate(value):
            inputs.append(item)
            if isinstance(item, str):
                reader.text(inputs, i, f"input[{i}]")
            elif _is_tokens(item):
                reader.out.unscannable.append("tokens")
            else:
                raise InputError("élément d'« input » invalide", param=f"input[{i}]")
        out["input"] = inputs
    else:
        raise InputError("« input » doit être un texte ou une liste non vide", param="input")
    for key, item in body.items():
        if key in ("input", "user") or item is None:
            continue
        if key == "model":
            out[key] = item
        elif key == "encoding_format":
            out[key] = reader.choice(item, key, ("float", "base64"))
        elif key == "dimensions":
            out[key] = reader.long_number(reader.integer(item, key), key)
        elif reader.is_extra("", key):
            out[key] = item
            reader.extra_value(out, key, key)
        else:
            raise unknown_field("", key)
    return reader.out


def _is_tokens(item: Any) -> bool:
    """A token id or a list of token ids: numbers égide cannot read back into text."""
    if isinstance(item, list):
        return all(isinstance(t, int) and not isinstance(t, bool) for t in item)
    return isinstance(item, int) and not isinstance(item, bool)


# -- the structured top-level fields of a chat request ------------------------------------------------
def _tools(reader: Reader, out: dict[str, Any], key: str) -> None:
    tools = reader.array(out[key], key)
    copied: list[dict[str, Any]] = []
    for i, tool in enumerate(tools):
        where = f"{key}[{i}]"
        tool = reader.obj(tool, where)
        kind = tool.get("type", "function")
        if kind == "function":
            reader.known(tool, where, ("type", "function"))
            copied.append(
                {
                    "type": "function",
                    "function": _function_definition(reader, tool.get("function"), f"{where}.function"),
                }
            )
        elif kind == "custom":
            reader.known(tool, where, ("type", "custom"))
            copied.append(
                {
                    "type": "custom",
                    "custom": _custom_definition(reader, tool.get("custom"), f"{where}.custom"),
                }
            )
        else:
            raise InputError(f"« {where}.type » doit valoir function ou custom", param=f"{where}.type")
    out[key] = copied


def _functions(reader: Reader, out: dict[str, Any], key: str) -> None:
    definitions = reader.array(out[key], key)
    out[key] = [_function_definition(reader, d, f"{key}[{i}]") for i, d in enumerate(definitions)]


def _function_definition(reader: Reader, function: Any, where: str) -> dict[str, Any]:
    function = reader.obj(function, where)
    reader.known(function, where, ("name", "description", "parameters", "strict"))
    if "name" not in function:
        raise InputError(f"« {where}.name » est obligatoire", param=f"{where}.name")
    out: dict[str, Any] = {"name": function["name"]}
    reader.name(out, "name", f"{where}.name")
    if function.get("description") is not None:
        out["description"] = function["description"]
        reader.text(out, "description", f"{where}.description")
    if function.get("parameters") is not None:
        out["parameters"] = reader.obj(function["parameters"], f"{where}.parameters")
        reader.walk(out, "parameters", f"{where}.parameters", schema=True)
    if function.get("strict") is not None:
        out["strict"] = reader.boolean(function["strict"], f"{where}.strict")
    return out


def _custom_definition(reader: Reader, custom: Any, where: str) -> dict[str, Any]:
    custom = reader.obj(custom, where)
    reader.known(custom, where, ("name", "description", "format"))
    if "name" not in custom:
        raise InputError(f"« {where}.name » est obligatoire", param=f"{where}.name")
    out = dict(custom)
    reader.name(out, "name", f"{where}.name")
    if out.get("description") is not None:
        reader.text(out, "description", f"{where}.description")
    if out.get("format") is not None:
        reader.obj(out["format"], f"{where}.format")
        reader.walk(out, "format", f"{where}.format")
    return out


def _function_reference(reader: Reader, value: Any, where: str) -> dict[str, Any]:
    value = reader.obj(value, where)
    reader.known(value, where, ("name",))
    out = dict(value)
    reader.name(out, "name", f"{where}.name")
    return out


def _tool_choice(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = out[key]
    if isinstance(value, str):
        out[key] = reader.choice(value, key, _MODES)
        return
    value = reader.obj(value, key)
    kind = value.get("type")
    if kind in ("function", "custom"):
        reader.known(value, key, ("type", kind))
        out[key] = {"type": kind, kind: _function_reference(reader, value.get(kind), f"{key}.{kind}")}
    elif kind == "allowed_tools":
        reader.known(value, key, ("type", "allowed_tools"))
        allowed = reader.obj(value.get("allowed_tools"), f"{key}.allowed_tools")
        reader.known(allowed, f"{key}.allowed_tools", ("mode", "tools"))
        copied: dict[str, Any] = {}
        if "mode" in allowed:
            copied["mode"] = reader.choice(allowed["mode"], f"{key}.allowed_tools.mode", ("auto", "required"))
        tools = reader.array(allowed.get("tools", []), f"{key}.allowed_tools.tools")
        copied["tools"] = []
        for i, tool in enumerate(tools):
            where = f"{key}.allowed_tools.tools[{i}]"
            tool = reader.obj(tool, where)
            inner = tool.get("type", "function")
            if inner not in ("function", "custom"):
                raise InputError(f"« {where}.type » doit valoir function ou custom", param=f"{where}.type")
            reader.known(tool, where, ("type", inner))
            copied["tools"].append(
                {"type": inner, inner: _function_reference(reader, tool.get(inner), f"{where}.{inner}")}
            )
        out[key] = {"type": "allowed_tools", "allowed_tools": copied}
    else:
        raise InputError(f"« {key}.type » doit valoir function, custom ou allowed_tools", param=f"{key}.type")


def _function_call(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = out[key]
    if isinstance(value, str):
        out[key] = reader.choice(value, key, ("none", "auto"))
    else:
        out[key] = _function_reference(reader, value, key)


def _response_format(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = reader.obj(out[key], key)
    kind = reader.choice(value.get("type"), f"{key}.type", ("text", "json_object", "json_schema"))
    if kind != "json_schema":
        reader.known(value, key, ("type",))
        out[key] = {"type": kind}
        return
    reader.known(value, key, ("type", "json_schema"))
    where = f"{key}.json_schema"
    schema = reader.obj(value.get("json_schema"), where)
    reader.known(schema, where, ("name", "description", "schema", "strict"))
    copied = dict(schema)
    if "name" in copied:
        reader.name(copied, "name", f"{where}.name")
    if copied.get("description") is not None:
        reader.text(copied, "description", f"{where}.description")
    if copied.get("schema") is not None:
        reader.obj(copied["schema"], f"{where}.schema")
        reader.walk(copied, "schema", f"{where}.schema", schema=True)
    if copied.get("strict") is not None:
        reader.boolean(copied["strict"], f"{where}.strict")
    out[key] = {"type": kind, "json_schema": copied}


def _prediction(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = reader.obj(out[key], key)
    reader.known(value, key, ("type", "content"))
    copied: dict[str, Any] = {"type": reader.choice(value.get("type"), f"{key}.type", ("content",))}
    content = value.get("content")
    if isinstance(content, str):
        copied["content"] = content
        reader.text(copied, "content", f"{key}.content")
    elif isinstance(content, list):
        parts = []
        for i, part in enumerate(content):
            where = f"{key}.content[{i}]"
            part = reader.obj(part, where)
            reader.known(part, where, ("type", "text"))
            reader.choice(part.get("type"), f"{where}.type", ("text",))
            parts.append({"type": "text", "text": part.get("text")})
            reader.text(parts[-1], "text", f"{where}.text")
        copied["content"] = parts
    else:
        raise wrong_type(f"{key}.content", "un texte ou une liste de parties de texte")
    out[key] = copied


def _stop(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = out[key]
    if isinstance(value, str):
        reader.text(out, key, key)
        return
    stops = list(reader.array(value, key))
    for i in range(len(stops)):
        reader.text(stops, i, f"{key}[{i}]")
    out[key] = stops


def _web_search(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = reader.obj(out[key], key)
    reader.known(value, key, ("search_context_size", "user_location"))
    copied: dict[str, Any] = {}
    if value.get("search_context_size") is not None:
        copied["search_context_size"] = value["search_context_size"]
        reader.name(copied, "search_context_size", f"{key}.search_context_size")
    if value.get("user_location") is not None:
        where = f"{key}.user_location"
        location = reader.obj(value["user_location"], where)
        reader.known(location, where, ("type", "approximate"))
        place: dict[str, Any] = {
            "type": reader.choice(location.get("type"), f"{where}.type", ("approximate",))
        }
        approximate = reader.obj(location.get("approximate", {}), f"{where}.approximate")
        reader.known(approximate, f"{where}.approximate", ("city", "country", "region", "timezone"))
        place["approximate"] = dict(approximate)
        for field in approximate:
            reader.text(place["approximate"], field, f"{where}.approximate.{field}")
        copied["user_location"] = place
    out[key] = copied


def _audio(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = reader.obj(out[key], key)
    reader.known(value, key, ("format", "voice"))
    copied = dict(value)
    for field in ("format", "voice"):
        if isinstance(copied.get(field), dict):  # a custom voice: {"id": …}
            reader.known(copied[field], f"{key}.{field}", ("id",))
            copied[field] = dict(copied[field])
            reader.name(copied[field], "id", f"{key}.{field}.id")
        elif field in copied:
            reader.name(copied, field, f"{key}.{field}")
    out[key] = copied


def _logit_bias(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = reader.obj(out[key], key)
    for position, (token, bias) in enumerate(value.items()):
        where = key_path(key, token, position)
        # Token ids: a few digits (no tokenizer has ten million tokens), too short to be an identifier.
        if not _TOKEN_ID.fullmatch(token):
            raise InputError(f"« {where} » doit être un identifiant de jeton (1 à 7 chiffres)", param=where)
        reader.long_number(reader.number(bias, where), where)
    out[key] = dict(value)


def _modalities(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = reader.array(out[key], key)
    out[key] = [reader.choice(m, f"{key}[{i}]", ("text", "audio")) for i, m in enumerate(value)]


def _stream_options(reader: Reader, out: dict[str, Any], key: str) -> None:
    value = reader.obj(out[key], key)
    reader.known(value, key, ("include_usage", "include_obfuscation"))
    out[key] = {k: reader.boolean(v, f"{key}.{k}") for k, v in value.items()}


_CHAT: dict[str, Callable[[Reader, dict[str, Any], str], None]] = {
    "tools": _tools,
    "functions": _functions,
    "tool_choice": _tool_choice,
    "function_call": _function_call,
    "response_format": _response_format,
    "prediction": _prediction,
    "stop": _stop,
    "web_search_options": _web_search,
    "audio": _audio,
    "logit_bias": _logit_bias,
    "modalities": _modalities,
    "stream_options": _stream_options,
}
