"""Every piece of text a request would send upstream, as slots that can be rewritten in place.

A chat request carries text in many places: system and developer prompts, user turns, the
assistant's history (content, refusals, tool-call arguments), tool results, participant names and
tool descriptions. :func:`chat_slots` finds all of them, in conversation order, so that detection
sees the whole conversation at once (names propagate across turns) and pseudonyms are numbered
in the same order on every turn. Content égide cannot read (images, audio, files) is listed
separately so that the policy can refuse it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from egide.errors import InputError

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
_TEXT_PART_FIELDS = {"text": "text", "input_text": "text", "output_text": "text", "refusal": "refusal"}


@dataclass(slots=True)
class Slot:
    """One piece of text and how to write its replacement back into the request."""

    text: str
    write: Callable[[str], None]


@dataclass(slots=True)
class Extracted:
    slots: list[Slot] = field(default_factory=list)
    unscannable: list[str] = field(default_factory=list)
    #: Run after every slot is written (re-serialises JSON arguments).
    finalisers: list[Callable[[], None]] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [s.text for s in self.slots]

    def finalise(self) -> None:
        for fn in self.finalisers:
            fn()


def _setter(container: dict[str, Any] | list[Any], key: Any) -> Callable[[str], None]:
    def write(value: str) -> None:
        container[key] = value

    return write


def _add(out: Extracted, container: dict[str, Any] | list[Any], key: Any) -> None:
    value = container[key]
    if isinstance(value, str) and value:
        out.slots.append(Slot(value, _setter(container, key)))


def _json_leaves(value: Any, out: Extracted) -> None:
    if isinstance(value, dict):
        for key in value:
            if isinstance(value[key], str):
                _add(out, value, key)
            else:
                _json_leaves(value[key], out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                _add(out, value, i)
            else:
                _json_leaves(item, out)


def _arguments(function: dict[str, Any], out: Extracted) -> None:
    """Tool-call arguments: a JSON document in a string; scan its string values, not its syntax."""
    raw = function.get("arguments")
    if not isinstance(raw, str) or not raw:
        return
    try:
        parsed = json.loads(raw)
    except json.JSONDecodeError:
        _add(out, function, "arguments")  # not JSON: scan it as plain text
        return
    holder = [parsed]
    _json_leaves(holder, out)

    def reserialise() -> None:
        function["arguments"] = json.dumps(holder[0], ensure_ascii=False)

    out.finalisers.append(reserialise)


def _content(message: dict[str, Any], out: Extracted, where: str) -> None:
    content = message.get("content")
    if content is None or isinstance(content, str):
        if content:
            _add(out, message, "content")
        return
    if not isinstance(content, list):
        raise InputError("contenu de message invalide", param=f"{where}.content")
    for j, part in enumerate(content):
        if isinstance(part, str):
            _add(out, content, j)
            continue
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise InputError("partie de contenu invalide", param=f"{where}.content[{j}]")
        text_field = _TEXT_PART_FIELDS.get(part["type"])
        if text_field is None:
            out.unscannable.append(part["type"])
        elif isinstance(part.get(text_field), str):
            _add(out, part, text_field)
        else:
            raise InputError("partie de texte sans texte", param=f"{where}.content[{j}].{text_field}")


def _name(message: dict[str, Any], out: Extracted) -> None:
    # A participant name must match ^[a-zA-Z0-9_-]+$ upstream: a pseudonym would not; drop it instead.
    name = message.get("name")
    if isinstance(name, str) and name:

        def write(value: str) -> None:
            if value != name:
                message.pop("name", None)

        out.slots.append(Slot(name, write))


def chat_slots(body: dict[str, Any]) -> Extracted:
    """Validate the shape of a chat request and return its slots in conversation order."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InputError("« messages » doit être une liste non vide", param="messages")
    out = Extracted()
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise InputError("message invalide : rôle manquant ou inconnu", param=f"{where}.role")
        _name(message, out)
        _content(message, out, where)
        if isinstance(message.get("refusal"), str):
            _add(out, message, "refusal")
        for call in message.get("tool_calls") or []:
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict):
                _arguments(function, out)
        if isinstance(message.get("function_call"), dict):
            _arguments(message["function_call"], out)
    for tool in body.get("tools") or []:
        function = tool.get("function") if isinstance(tool, dict) else None
        if isinstance(function, dict) and isinstance(function.get("description"), str):
            _add(out, function, "description")
    return out


def embedding_slots(body: dict[str, Any]) -> Extracted:
    """Slots of an embeddings request; token arrays cannot be read and count as unscannable."""
    out = Extracted()
    value = body.get("input")
    if isinstance(value, str):
        _add(out, body, "input")
        if not value:
            raise InputError("« input » est vide", param="input")
        return out
    if not isinstance(value, list) or not value:
        raise InputError("« input » doit être un texte ou une liste non vide", param="input")
    for i, item in enumerate(value):
        if isinstance(item, str):
            _add(out, value, i)
        elif isinstance(item, int) or (isinstance(item, list) and all(isinstance(t, int) for t in item)):
            out.unscannable.append("tokens")
        else:
            raise InputError("élément d'« input » invalide", param=f"input[{i}]")
    return out


def conversation_anchor(body: dict[str, Any]) -> str:
    """The first user turn: stable across the turns of one conversation, since clients resend it."""
    for message in body.get("messages") or []:
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            return content if isinstance(content, str) else json.dumps(content, sort_keys=True)
    return ""
