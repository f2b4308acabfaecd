"""The mapping of one scope (a request or a conversation): original ↔ replacement, both ways.

It grows as texts of the scope are pseudonymised, so the same value keeps the same replacement in
every text of the scope. It can be exported (``to_bytes``) and imported (``from_bytes``); the bytes
contain original values, so whoever stores them must encrypt them (the gateway does).
``counts()`` is what audit may see: numbers of distinct values per label, never the values.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from egide.errors import InputError
from egide.transform.normalise import fold, value_key

FORMAT_VERSION = 1


class Kind:
    """What a replacement is, which decides how restoration recognises it in later text."""

    PLACEHOLDER = "placeholder"  # « <NOM_1> »: recognised by label and number
    SURROGATE = "surrogate"  # « Paul MARTIN »: recognised by its letters, any case
    PART = "part"  # one word of a surrogate name (« MARTIN »), restorable alone, not counted
    DATE = "date"  # a shifted date: recognised by its value, in any written form


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    original: str  # as first seen in the scope
    replacement: str
    kind: str
    date_key: str = ""  # for dates: the value of the replacement (see dates.ParsedDate.key)


class Mapping:
    """Both directions of one scope's replacements, and the counts by label."""

    def __init__(self, scope: str) -> None:
        self.scope = scope
        self._forward: dict[tuple[str, str], Entry] = {}
        self._reverse: dict[str, Entry] = {}
        self._dates: dict[str, Entry] = {}
        self._originals: set[str] = set()
        # Replacements and originals without case or accents: restoration does not tell « Anaïs » from
        # « Anais », so neither may a new replacement.
        self._folded: set[str] = set()
        self._counters: dict[str, int] = {}
        self._seen: dict[str, set[str]] = {}
        #: The latest way a value was written in the scope, where it differs from its first one.
        self._latest: dict[tuple[str, str], str] = {}
        self.version = 0  # bumped on every change, so restorers know when to rebuild their matcher

    # -- lookups -------------------------------------------------------------------------------
    def get(self, label: str, original: str) -> Entry | None:
        return self._forward.get((label, value_key(original)))

    def by_replacement(self, replacement: str) -> Entry | None:
        return self._reverse.get(value_key(replacement))

    def written(self, entry: Entry) -> str:
        """How the scope last wrote ``entry``'s value: « FONTAINE » once a later turn wrote it so.

        What a placeholder gives back, since « <NOM_1> » carries no case of its own.
        """
        return self._latest.get((entry.label, value_key(entry.original)), entry.original)

    def by_date_key(self, key: str) -> Entry | None:
        return self._dates.get(key)

    def is_taken(self, replacement: str) -> bool:
        """True when ``replacement`` already stands for a value, or is itself an original of the scope."""
        key = value_key(replacement)
        return key in self._reverse or key in self._originals or fold(key) in self._folded

    def entries(self) -> Iterator[Entry]:
        return iter(self._forward.values())

    def __len__(self) -> int:
        return len(self._forward)

    # -- growth --------------------------------------------------------------------------------
    def seen_as(self, entry: Entry, value: str) -> None:
        """``entry``'s value was written ``value`` this time (same value, perhaps another case)."""
        key = (entry.label, value_key(entry.original))
        if value == entry.original:
            self._latest.pop(key, None)
        elif value_key(value) == key[1]:
            self._latest[key] = value

    def next_number(self, label: str) -> int:
        self._counters[label] = self._counters.get(label, 0) + 1
        return self._counters[label]

    def add(self, entry: Entry) -> Entry:
        """Record an entry; an existing entry for the same value wins (first replacement is kept)."""
        fkey = (entry.label, value_key(entry.original))
        existing = self._forward.get(fkey)
        if existing is not None:
            return existing
        self._forward[fkey] = entry
        self._originals.add(fkey[1])
        self._folded.update((fold(fkey[1]), fold(value_key(entry.replacement))))
        if entry.kind == Kind.DATE:
            self._dates.setdefault(entry.date_key, entry)
        self._reverse.setdefault(value_key(entry.replacement), entry)
        self.version += 1
        return entry

    def note(self, label: str, digest: str) -> None:
        """Count one value (by its keyed digest: one-way operators keep no values at all)."""
        self._seen.setdefault(label, set()).add(digest)

    def counts(self) -> dict[str, int]:
        return {label: len(digests) for label, digests in sorted(self._seen.items())}

    # -- export --------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_VERSION,
            "scope": self.scope,
            "entries": [
                [e.label, e.original, e.replacement, e.kind, e.date_key] for e in self._forward.values()
            ],
            "counters": self._counters,
            "seen": {label: sorted(d) for label, d in self._seen.items()},
            "latest": [[label, key, value] for (label, key), value in self._latest.items()],
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Mapping:
        try:
            raw = json.loads(data.decode("utf-8"))
            if raw.get("format") != FORMAT_VERSION:
                raise ValueError("unknown format")
            mapping = cls(str(raw["scope"]))
            for label, original, replacement, kind, date_key in raw["entries"]:
                mapping.add(Entry(str(label), str(original), str(replacement), str(kind), str(date_key)))
            mapping._counters = {str(k): int(v) for k, v in raw["counters"].items()}
            mapping._seen = {str(k): {str(x) for x in v} for k, v in raw["seen"].items()}
            # Absent from mappings written before it existed: the first forms then stand.
            mapping._latest = {(str(lab), str(key)): str(value) for lab, key, value in raw.get("latest", [])}
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            # The message names the problem, never the content.
            raise InputError(f"correspondance illisible ({type(exc).__name__})") from None
        return mapping
