"""The pieces of text a request would send, and the reader that builds the outgoing body around them.

A :class:`Slot` is one string that leaves for the model and a way to write its replacement back.
:class:`Reader` walks a request once: it copies into ``Extracted.outgoing`` only the fields it knows
(per endpoint: :mod:`egide.gateway.fields`, :mod:`egide.gateway.conversation`), checks their types,
and registers every string it copies as a slot. Strings are of two kinds:

- **text** (content, descriptions, schema values, stop sequences…): scanned, and pseudonymised in
  place when the decision says so;
- **names** (function and property names, schema names, voices, enum-like settings): they must keep
  a fixed shape (``^[a-zA-Z0-9_-]+$`` for a function name) and the model writes some of them back,
  so a pseudonym cannot replace them. They are scanned in a readable form (« get_Jean_DUPONT » is
  read « get Jean DUPONT »), and a finding there refuses the request (403 ``identifying_name``)
  where the text would have been pseudonymised.

Free JSON (tool-call arguments, JSON schemas, declared extra fields) is walked to every depth up to
:data:`MAX_DEPTH`: object keys are names, string values are text. Deeper documents are refused
(400), which also keeps recursion and the JSON writer far from their limits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from egide.detect import Detector, Finding
from egide.errors import InputError, PolicyBlocked
from egide.gateway.blobs import Blob, find_blobs

#: Characters of each message text read on either side of the seam between two messages or parts.
_SEAM_WINDOW = 64
#: Whole numbers from this size on may be identifiers written as numbers (a phone has 9 digits
#: without its leading zero, an RPPS 11, a NIR 13 or 15).
_LONG_NUMBER = 10_000_000
#: Nesting allowed inside free JSON (arguments, schemas, extra fields); real schemas use a handful.
MAX_DEPTH = 64

#: JSON Schema keywords (2020-12, draft-07 and the OpenAPI additions): vocabulary, not scanned as keys.
SCHEMA_KEYWORDS = frozenset(
    """type properties items required enum const default description title examples example anyOf oneOf
    allOf not $ref $defs definitions additionalProperties additionalItems minimum maximum exclusiveMinimum
    exclusiveMaximum multipleOf pattern format minLength maxLength minItems maxItems uniqueItems nullable
    prefixItems patternProperties propertyNames dependentRequired dependentSchemas dependencies if then
    else contentEncoding contentMediaType contentSchema $schema $id $anchor $dynamicRef $dynamicAnchor
    $comment deprecated readOnly writeOnly minProperties maxProperties contains minContains maxContains
    unevaluatedProperties unevaluatedItems discriminator strict""".split()  # noqa: SIM905 - a readable table
)
#: Schema keywords whose string value must keep its shape: scanned as names, never rewritten.
_SCHEMA_NAME_VALUES = frozenset(
    {"type", "$ref", "pattern", "format", "$schema", "$id", "$anchor", "$dynamicRef"}
)
_SCHEMA_TYPES = frozenset({"object", "string", "number", "integer", "boolean", "array", "null"})

#: What an API field name looks like (OpenAI's are lower-case snake case); others are not quoted back.
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
_SEPARATORS = re.compile(r"[_\-.:/]+")
#: Word boundaries inside a name: lower to upper case, letters to digits and back.
_JOINS = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


@dataclass(slots=True)
class Slot:
    """One piece of text and how to write its replacement back into the outgoing request."""

    text: str
    write: Callable[[str], None]
    #: A name (function, property…): scanned, never rewritten; a finding refuses the request.
    is_name: bool = False
    #: Message text: also scanned joined to the next message text (an identifier split across two).
    joinable: bool = False


@dataclass(frozen=True, slots=True)
class _Join:
    left: int  # slot indexes
    right: int
    #: Where the left slot's window starts in its text, and the window's length.
    left_start: int
    left_length: int
    text: str


@dataclass(slots=True)
class Extracted:
    slots: list[Slot] = field(default_factory=list)
    unscannable: list[str] = field(default_factory=list)
    #: Run after every slot is written (re-serialises JSON arguments).
    finalisers: list[Callable[[], None]] = field(default_factory=list)
    #: The body that will leave: only known fields, each string registered as a slot.
    outgoing: dict[str, Any] = field(default_factory=dict)
    #: Encoded runs that decode to text, by slot index (see gateway.blobs).
    blobs: list[tuple[int, Blob]] = field(default_factory=list)
    #: Encoded runs that do not decode to text.
    opaque_blobs: int = 0

    def texts(self) -> list[str]:
        return [s.text for s in self.slots]

    def detect(self, detector: Detector) -> list[list[Finding]]:
        """Findings for each slot: the slots and decoded blobs read together, then the seams.

        A finding in a decoded blob covers the whole run in its slot (it is replaced as one value).
        The seams between message texts are read in a second pass, on their own, so that what their
        unnatural junctions suggest (« … docteur » | « Bonjour… ») does not spread to the slots; only
        a finding that crosses a seam counts, cut in two, one half on each side.
        """
        n = len(self.slots)
        findings = detector.detect_many([*self.texts(), *(b.text or "" for _, b in self.blobs)])
        out = [list(found) for found in findings[:n]]
        for (index, blob), found in zip(self.blobs, findings[n:], strict=True):
            if found:
                first = min(found, key=lambda f: f.start)
                _add_new(out[index], Finding(blob.start, blob.end, first.label, first.score, "encoded"))
        joins = list(self._seams())
        if not joins:
            return out
        for join, found in zip(joins, detector.detect_many([j.text for j in joins]), strict=True):
            seam = join.left_length  # the separating space is at this offset of the window
            for f in found:
                if f.start < seam and f.end > seam + 1:
                    left = self.slots[join.left].text
                    start = join.left_start + f.start
                    _add_new(out[join.left], Finding(start, len(left), f.label, f.score, f.source))
                    _add_new(out[join.right], Finding(0, f.end - seam - 1, f.label, f.score, f.source))
        return out

    def _seams(self) -> Iterator[_Join]:
        for i in range(1, len(self.slots)):
            before, after = self.slots[i - 1], self.slots[i]
            if not (before.joinable and after.joinable):
                continue
            start = max(0, len(before.text) - _SEAM_WINDOW)
            if start:  # begin the window at a word, so that half a word is not read as one
                space = before.text.find(" ", start)
                start = space + 1 if space != -1 else start
            end = min(len(after.text), _SEAM_WINDOW)
            if end < len(after.text):
                space = after.text.rfind(" ", 0, end)
                end = space if space > 0 else end
            left = before.text[start:]
            yield _Join(i - 1, i, start, len(left), f"{left} {after.text[:end]}")

    def finalise(self) -> None:
        for fn in self.finalisers:
            fn()


def _add_new(found: list[Finding], finding: Finding) -> None:
    """Add a finding unless the slot already has one on exactly that span (it would count twice)."""
    if not any(f.start == finding.start and f.end == finding.end for f in found):
        found.append(finding)


def readable(name: str) -> str:
    """« get_Jean_DUPONT » → « get Jean DUPONT », « dossierDupont » → « dossier Dupont »: what detection reads."""
    return _JOINS.sub(" ", _SEPARATORS.sub(" ", name)).strip()


def unknown_field(parent: str, key: str) -> InputError:
    """400 naming the field, if its name looks like an API field (a client's key could be a value)."""
    where: str | None
    if _FIELD_NAME.fullmatch(key):
        where = f"{parent}.{key}" if parent else key
        said = f"champ inconnu « {where} »"
    else:
        where = parent or None
        said = f"champ inconnu dans « {parent} »" if parent else "champ inconnu au premier niveau"
    return InputError(
        f"{said} : égide ne transmet que les champs qu'il sait analyser "
        "(voir « Ce qui est transmis » dans la documentation de la passerelle)",
        param=where,
        code="unknown_field",
    )


def key_path(where: str, key: str, position: int) -> str:
    """Where a key of free JSON sits, for messages: its name if it is vocabulary, else its position.

    Keys of free JSON (property names, argument names) are the client's data: never quoted.
    """
    return f"{where}.{key}" if key in SCHEMA_KEYWORDS else f"{where}[clé {position + 1}]"


def wrong_type(where: str, expected: str) -> InputError:
    return InputError(f"« {where} » doit être {expected}", param=where)


class Reader:
    """One pass over one request: validated copies of known fields, and the slots of their strings."""

    def __init__(self, extra: Collection[str] = ()) -> None:
        self.out = Extracted()
        #: Field paths a tool declared it needs (``gateway.extra_fields``), e.g. ``messages.reasoning``.
        self.extra = frozenset(extra)
        self._call_ids: dict[str, str] = {}

    # -- strings -----------------------------------------------------------------------------------
    def text(
        self, container: dict[str, Any] | list[Any], key: Any, where: str, *, joinable: bool = False
    ) -> None:
        """``container[key]`` must be a string; it is scanned and may be pseudonymised in place."""
        value = container[key]
        if not isinstance(value, str):
            raise wrong_type(where, "un texte")
        if value:

            def write(replacement: str) -> None:
                container[key] = replacement

            index = len(self.out.slots)
            self.out.slots.append(Slot(value, write, joinable=joinable))
            for blob in find_blobs(value):
                if blob.text is None:
                    self.out.opaque_blobs += 1
                else:
                    self.out.blobs.append((index, blob))

    def name(self, container: dict[str, Any] | list[Any], key: Any, where: str) -> None:
        """A string that must keep its shape: scanned in a readable form, refused if identifying."""
        value = container[key]
        if not isinstance(value, str):
            raise wrong_type(where, "un texte")
        self.name_value(value, where)

    def name_value(self, value: str, where: str) -> None:
        text = readable(value)
        if not text:
            return

        def write(_: str) -> None:
            raise PolicyBlocked(
                f"Requête refusée : « {where} » contient une donnée identifiante, qu'égide ne peut pas "
                "pseudonymiser à cet endroit (nom de fonction, de propriété, de schéma ou réglage). "
                "Renommez-le sans donnée identifiante.",
                code="identifying_name",
            )

        self.out.slots.append(Slot(text, write, is_name=True))

    def number_text(self, container: dict[str, Any] | list[Any], key: Any) -> None:
        """A long whole number in free JSON (``{"nir": 261027511512345}``): scanned as its digits.

        If something is found the number is replaced by the pseudonymised text, a string where a
        number was: the value is gone either way.
        """
        value = container[key]
        if (isinstance(value, float) and not value.is_integer()) or abs(value) < _LONG_NUMBER:
            return
        digits = str(int(value))

        def write(replacement: str) -> None:
            container[key] = replacement

        self.out.slots.append(Slot(digits, write))

    def long_number(self, value: float | int, where: str) -> float | int:
        """A setting's number (a seed…) long enough to be an identifier is scanned as a name.

        A seed of 261027511512345 is a NIR: found, it refuses the request (a number cannot hold a
        pseudonym); the few settings this size are otherwise forwarded as they are.
        """
        if abs(value) >= _LONG_NUMBER and float(value).is_integer():
            self.name_value(str(int(value)), where)
        return value

    def call_id(self, value: Any, where: str) -> str:
        """A tool-call id, renamed: the same original gets the same neutral id everywhere in the request.

        Ids only pair an assistant's call with its tool result, so nothing of the original needs to
        leave; nine letters and digits suit every known provider (some demand exactly that).
        """
        if not isinstance(value, str) or not value:
            raise wrong_type(where, "un identifiant (texte non vide)")
        renamed = self._call_ids.get(value)
        if renamed is None:
            renamed = self._call_ids[value] = f"call{len(self._call_ids) + 1:05d}"
        return renamed

    # -- scalars -----------------------------------------------------------------------------------
    @staticmethod
    def boolean(value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise wrong_type(where, "un booléen")
        return value

    @staticmethod
    def integer(value: Any, where: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise wrong_type(where, "un entier")
        return value

    @staticmethod
    def number(value: Any, where: str) -> float | int:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise wrong_type(where, "un nombre")
        return value

    @staticmethod
    def choice(value: Any, where: str, allowed: Collection[str]) -> str:
        """A value from a closed list: forwarded unscanned (it cannot carry anything else)."""
        if not isinstance(value, str) or value not in allowed:
            raise InputError(f"« {where} » doit valoir {', '.join(sorted(allowed))}", param=where)
        return value

    @staticmethod
    def obj(value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise wrong_type(where, "un objet")
        return value

    @staticmethod
    def array(value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise wrong_type(where, "une liste")
        return value

    # -- objects with known keys -------------------------------------------------------------------
    def known(self, value: dict[str, Any], where: str, allowed: Iterable[str], extra_scope: str = "") -> None:
        """Refuse a key that is neither known nor declared for this place (``extra_scope.KEY``)."""
        allowed = allowed if isinstance(allowed, frozenset | set) else frozenset(allowed)
        for key in value:
            if key not in allowed and not self.is_extra(extra_scope, key):
                raise unknown_field(where, key)

    def is_extra(self, scope: str, key: str) -> bool:
        return (f"{scope}.{key}" if scope else key) in self.extra

    def extra_value(self, container: dict[str, Any], key: str, where: str) -> None:
        """A declared extra field: forwarded, every string in it scanned (keys as names, values as text)."""
        self.walk(container, key, where)

    # -- free JSON -----------------------------------------------------------------------------------
    def walk(
        self,
        container: dict[str, Any] | list[Any],
        key: Any,
        where: str,
        *,
        schema: bool = False,
        depth: int = 0,
    ) -> None:
        """Register every string of ``container[key]``: object keys as names, values as text.

        In a JSON schema (``schema=True``) keywords (``type``, ``properties``…) are vocabulary, not
        scanned; property names, ``required`` entries, ``$ref``, ``pattern`` and ``format`` are names;
        descriptions, titles, ``enum``, ``const``, ``default`` and ``examples`` values are text.
        """
        value = container[key]
        if isinstance(value, str):
            if schema and isinstance(key, str) and key in _SCHEMA_NAME_VALUES:
                if not (key == "type" and value in _SCHEMA_TYPES):
                    self.name_value(value, where)
            else:
                self.text(container, key, where)
            return
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.number_text(container, key)
            return
        if depth >= MAX_DEPTH:
            raise InputError(
                f"« {where} » est imbriqué trop profondément (plus de {MAX_DEPTH} niveaux)", param=where
            )
        if isinstance(value, dict):
            for position, k in enumerate(value):
                here = key_path(where, k, position)
                if not (schema and k in SCHEMA_KEYWORDS):
                    self.name_value(k, here)
                self.walk(value, k, here, schema=schema, depth=depth + 1)
        elif isinstance(value, list):
            names = schema and key == "required"
            for i, item in enumerate(value):
                here = f"{where}[{i}]"
                if names and isinstance(item, str):
                    self.name_value(item, here)
                else:
                    self.walk(value, i, here, schema=schema, depth=depth + 1)
