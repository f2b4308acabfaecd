"""Placeholders: « <NOM_1> », « <DATE_2> », numbered per label, the same value keeping its number.

One person, one number: « Léa GAUTHIER », then « Gauthier » or « Léa » alone, are one person for
the model, so a name that is one word of a name already numbered takes that number (when only one
name of the scope has that word: two Gauthier stay apart), and a full name whose words were first
seen alone takes their number (when they all had the same one). The placeholder gives back the
first form the scope saw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from egide.transform.mapping import Entry, Kind, Mapping
from egide.transform.normalise import value_key
from egide.transform.operators.base import Operator, ScopeContext

#: Labels whose values are people's names, where a part stands for the whole.
_NAME_LABELS = frozenset({"NOM"})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _words(value: str) -> list[str]:
    return [value_key(w) for w in _WORD.findall(value) if len(w) > 1]


def same_person(mapping: Mapping, label: str, value: str) -> Entry | None:
    """The entry of the one person of the scope that ``value`` names by a part or in full, if any."""
    words = _words(value)
    if not words:
        return None
    # The names already numbered, each with its words (read once).
    numbered = [
        (e, _words(e.original)) for e in mapping.entries() if e.label == label and e.kind == Kind.PLACEHOLDER
    ]
    if len(words) == 1:  # « Gauthier » after « Léa GAUTHIER »
        holders = {e.replacement: e for e, ws in numbered if len(ws) > 1 and words[0] in ws}
        return next(iter(holders.values())) if len(holders) == 1 else None
    # « Léa GAUTHIER » after « Gauthier » (and perhaps « Léa »): the parts seen alone, all one number
    parts = {e.replacement: e for e, ws in numbered if len(ws) == 1 and ws[0] in words}
    if len(parts) != 1:
        return None
    entry = next(iter(parts.values()))
    # ... unless that number already names another full name (« Marc GAUTHIER » is not Léa).
    fuller = [e for e, ws in numbered if e.replacement == entry.replacement and len(ws) > 1]
    return None if fuller else entry


@dataclass(frozen=True)
class Placeholder(Operator):
    name: ClassVar[str] = "placeholder"
    reversible: ClassVar[bool] = True

    def replace(self, value: str, label: str, ctx: ScopeContext) -> str:
        existing = ctx.mapping.get(label, value)
        if existing is not None:
            ctx.mapping.seen_as(existing, value)  # restored as the scope last wrote it
            return existing.replacement
        if label in _NAME_LABELS and (person := same_person(ctx.mapping, label, value)) is not None:
            return ctx.mapping.add(Entry(label, value, person.replacement, Kind.PLACEHOLDER)).replacement
        while True:  # skip numbers already taken (a placeholder written by the user, an imported mapping)
            candidate = f"<{label}_{ctx.mapping.next_number(label)}>"
            if not ctx.mapping.is_taken(candidate):
                break
        return ctx.mapping.add(Entry(label, value, candidate, Kind.PLACEHOLDER)).replacement
