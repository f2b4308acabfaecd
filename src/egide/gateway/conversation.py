"""The messages of a chat request: every field a message may carry, and how each one leaves.

Detection sees the whole conversation at once (names propagate across turns) and pseudonyms are
numbered in conversation order on every turn, so messages are read first and in order. A message
is copied with only the fields below (anything else is refused, 400 ``unknown_field``, unless the
tool declares it in ``gateway.extra_fields`` as ``messages.NAME`` or ``content.NAME``):

========================  ==========================================================================
``role``                  one of the known roles
``content``               text; or parts: ``text`` / ``refusal`` (scanned), ``image_url``,
                          ``input_audio``, ``file`` (unscannable: forwarded only where the class
                          allows it; an http(s) image URL and a file name are scanned as names)
``refusal``               text, scanned
``reasoning_content``     text, scanned (the gateway restores it in answers, clients resend it)
``tool_calls``            ``id`` renamed (below); ``function.name`` a name; ``function.arguments``
                          JSON whose values are text and keys names, or plain text when not JSON;
                          a custom tool's call: ``custom.name`` a name, ``custom.input`` text
``tool_call_id``          renamed consistently with the calls it answers
``function_call``         (deprecated) as a tool call without id
``audio``                 ``{"id"}`` of an earlier spoken answer: unscannable, its id a name
``name``                  never forwarded, except for the deprecated ``function`` role where it is
                          the function's name (a name): a participant name is an identity that a
                          placeholder cannot replace and detection may miss in lower case
========================  ==========================================================================

Tool-call ids are always renamed (``call00001``…, the same original id the same new one throughout
the request): they only pair a call with its result, so nothing of the client's ids needs to leave.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from egide.errors import InputError
from egide.gateway.slots import Reader

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
_MESSAGE_FIELDS = frozenset(
    {
        "role",
        "content",
        "name",
        "refusal",
        "reasoning_content",
        "tool_calls",
        "tool_call_id",
        "function_call",
        "audio",
    }
)
_TEXT_PARTS = {"text": "text", "input_text": "text", "output_text": "text", "refusal": "refusal"}
#: Parts égide cannot read: the object each carries and the keys of that object.
_OPAQUE_PARTS = {
    "image_url": ("image_url", frozenset({"url", "detail"})),
    "input_image": ("image_url", frozenset({"url", "detail"})),
    "input_audio": ("input_audio", frozenset({"data", "format"})),
    "file": ("file", frozenset({"file_data", "file_id", "filename"})),
}


def read_messages(reader: Reader, body: dict[str, Any]) -> list[dict[str, Any]]:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InputError("« messages » doit être une liste non vide", param="messages")
    return [_message(reader, message, f"messages[{i}]") for i, message in enumerate(messages)]


def _message(reader: Reader, message: Any, where: str) -> dict[str, Any]:
    if not isinstance(message, dict) or message.get("role") not in ROLES:
        raise InputError("message invalide : rôle manquant ou inconnu", param=f"{where}.role")
    reader.known(message, where, _MESSAGE_FIELDS, "messages")
    role = message["role"]
    out: dict[str, Any] = {"role": role}
    if role == "function" and "name" in message:
        out["name"] = message["name"]
        reader.name(out, "name", f"{where}.name")
    if "content" in message:
        _content(reader, out, message["content"], f"{where}.content")
    for key in ("refusal", "reasoning_content"):
        if message.get(key) is not None:
            out[key] = message[key]
            reader.text(out, key, f"{where}.{key}")
    if message.get("tool_calls") is not None:
        calls = reader.array(message["tool_calls"], f"{where}.tool_calls")
        out["tool_calls"] = [_tool_call(reader, c, f"{where}.tool_calls[{j}]") for j, c in enumerate(calls)]
    if message.get("function_call") is not None:
        out["function_call"] = _function(reader, message["function_call"], f"{where}.function_call")
    if "tool_call_id" in message:
        out["tool_call_id"] = reader.call_id(message["tool_call_id"], f"{where}.tool_call_id")
    if message.get("audio") is not None:
        audio = reader.obj(message["audio"], f"{where}.audio")
        reader.known(audio, f"{where}.audio", ("id",))
        out["audio"] = dict(audio)
        if "id" in audio:
            reader.name(out["audio"], "id", f"{where}.audio.id")
        reader.out.unscannable.append("audio")
    for key in message.keys() - _MESSAGE_FIELDS:  # declared extra fields
        out[key] = message[key]
        reader.extra_value(out, key, f"{where}.{key}")
    return out


def _content(reader: Reader, out: dict[str, Any], content: Any, where: str) -> None:
    out["content"] = content
    if content is None or isinstance(content, str):
        if content:
            reader.text(out, "content", where, joinable=True)
        return
    if not isinstance(content, list):
        raise InputError("contenu de message invalide", param=where)
    parts: list[Any] = []
    for j, part in enumerate(content):
        here = f"{where}[{j}]"
        if isinstance(part, str):
            parts.append(part)
            reader.text(parts, j, here, joinable=True)
            continue
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise InputError("partie de contenu invalide", param=here)
        parts.append(_part(reader, part, here))
    out["content"] = parts


def _part(reader: Reader, part: dict[str, Any], where: str) -> dict[str, Any]:
    kind = part["type"]
    text_field = _TEXT_PARTS.get(kind)
    if text_field is not None:
        reader.known(part, where, ("type", text_field), "content")
        if not isinstance(part.get(text_field), str):
            raise InputError("partie de texte sans texte", param=f"{where}.{text_field}")
        out = {"type": kind, text_field: part[text_field]}
        reader.text(out, text_field, f"{where}.{text_field}", joinable=True)
    elif kind in _OPAQUE_PARTS:
        inner, keys = _OPAQUE_PARTS[kind]
        reader.known(part, where, ("type", inner), "content")
        reader.out.unscannable.append(kind)
        out = {"type": kind}
        if inner in part:
            value = reader.obj(part[inner], f"{where}.{inner}") if not isinstance(part[inner], str) else None
            if value is None:  # « input_image » may carry its URL as a plain string
                out[inner] = part[inner]
                _url(reader, out, inner, f"{where}.{inner}")
            else:
                reader.known(value, f"{where}.{inner}", keys)
                out[inner] = dict(value)
                _opaque_fields(reader, out[inner], f"{where}.{inner}")
    else:
        # An unknown kind of part: its content may be anything, so it counts as unreadable; its
        # other keys still go through the same checks.
        reader.known(part, where, ("type",), "content")
        reader.out.unscannable.append("unknown_part")  # its type is the client's text: not quoted
        out = {"type": kind}
    for key in part.keys() - out.keys():  # declared extra fields (others were refused above)
        if reader.is_extra("content", key):
            out[key] = part[key]
            reader.extra_value(out, key, f"{where}.{key}")
    return out


def _opaque_fields(reader: Reader, value: dict[str, Any], where: str) -> None:
    for key in ("detail", "format", "file_id"):
        if key in value:
            reader.name(value, key, f"{where}.{key}")
    if "filename" in value:
        reader.text(value, "filename", f"{where}.filename")
    if "url" in value:
        _url(reader, value, "url", f"{where}.url")
    for key in ("data", "file_data"):
        if key in value and not isinstance(value[key], str):
            raise InputError(f"« {where}.{key} » doit être un texte (base64)", param=f"{where}.{key}")


def _url(reader: Reader, container: dict[str, Any], key: str, where: str) -> None:
    """A data: URL is the unreadable content itself; any other URL could name someone: a name."""
    url = container[key]
    if not isinstance(url, str):
        raise InputError(f"« {where} » doit être un texte", param=where)
    if not url.startswith("data:"):
        reader.name_value(url, where)


def _tool_call(reader: Reader, call: Any, where: str) -> dict[str, Any]:
    call = reader.obj(call, where)
    reader.known(call, where, ("id", "type", "function", "custom", "index"))
    out: dict[str, Any] = {}
    if "id" in call:
        out["id"] = reader.call_id(call["id"], f"{where}.id")
    if "type" in call:
        out["type"] = reader.choice(call["type"], f"{where}.type", ("function", "custom"))
    if "index" in call:
        out["index"] = reader.long_number(reader.integer(call["index"], f"{where}.index"), f"{where}.index")
    if "function" in call:
        out["function"] = _function(reader, call["function"], f"{where}.function")
    if "custom" in call:  # a call to a custom tool: its name and its free-text input
        custom = reader.obj(call["custom"], f"{where}.custom")
        reader.known(custom, f"{where}.custom", ("name", "input"))
        out["custom"] = dict(custom)
        if "name" in custom:
            reader.name(out["custom"], "name", f"{where}.custom.name")
        if "input" in custom:
            reader.text(out["custom"], "input", f"{where}.custom.input")
    return out


def _function(reader: Reader, function: Any, where: str) -> dict[str, Any]:
    function = reader.obj(function, where)
    reader.known(function, where, ("name", "arguments"))
    out: dict[str, Any] = {}
    if "name" in function:
        out["name"] = function["name"]
        reader.name(out, "name", f"{where}.name")
    if "arguments" in function:
        out["arguments"] = function["arguments"]
        arguments(reader, out, f"{where}.arguments")
    return out


def arguments(reader: Reader, function: dict[str, Any], where: str) -> None:
    """Tool-call arguments: a JSON document in a string (or, from some clients, the object itself)."""
    raw = function["arguments"]
    if isinstance(raw, dict | list):
        reader.walk(function, "arguments", where)
        return
    if not isinstance(raw, str):
        raise InputError(f"« {where} » doit être un texte JSON", param=where)
    if not raw:
        return
    try:
        parsed = orjson.loads(raw)  # bounded nesting: orjson refuses past 1,024 levels
    except orjson.JSONDecodeError:
        reader.text(function, "arguments", where)  # not JSON: scanned as plain text
        return
    if not isinstance(parsed, dict | list):  # a bare string, number or literal: read as the text it is
        reader.text(function, "arguments", where)
        return
    holder = [parsed]
    reader.walk(holder, 0, where)

    def reserialise() -> None:
        function["arguments"] = json.dumps(holder[0], ensure_ascii=False)

    reader.out.finalisers.append(reserialise)


def conversation_anchor(body: dict[str, Any]) -> str:
    """The first user turn: stable across the turns of one conversation, since clients resend it."""
    for message in body.get("messages") or []:
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            return content if isinstance(content, str) else json.dumps(content, sort_keys=True)
    return ""
