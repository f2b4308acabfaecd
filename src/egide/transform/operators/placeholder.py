"""Placeholders: « <NOM_1> », « <DATE_2> », numbered per label, the same value keeping its number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from egide.transform.mapping import Entry, Kind
from egide.transform.operators.base import Operator, ScopeContext


@dataclass(frozen=True)
class Placeholder(Operator):
    name: ClassVar[str] = "placeholder"
    reversible: ClassVar[bool] = True

    def replace(self, value: str, label: str, ctx: ScopeContext) -> str:
        existing = ctx.mapping.get(label, value)
        if existing is not None:
            ctx.mapping.seen_as(existing, value)  # restored as the scope last wrote it
            return existing.replacement
        while True:  # skip numbers already taken (a placeholder written by the user, an imported mapping)
            candidate = f"<{label}_{ctx.mapping.next_number(label)}>"
            if not ctx.mapping.is_taken(candidate):
                break
        return ctx.mapping.add(Entry(label, value, candidate, Kind.PLACEHOLDER)).replacement
