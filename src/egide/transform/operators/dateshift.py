"""Date shift: every date of a scope moves by one keyed offset, so intervals between dates are kept.

The offset (±1..``max_days`` days, never 0) is derived from HMAC(secret, scope): the same person
(scope) always gets the same offset, another scope an independent one. Each date is re-rendered in
the form it was written in. Dates that cannot be parsed (in words, partial) get a placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from egide.detect.labels import Label
from egide.transform import dates
from egide.transform.mapping import Entry, Kind
from egide.transform.operators.base import Operator, ScopeContext
from egide.transform.operators.placeholder import Placeholder

DATE_LABELS = frozenset({Label.DATE.value, Label.DATE_NAISSANCE.value})


@dataclass(frozen=True)
class DateShift(Operator):
    max_days: int = 365
    fallback: Operator = field(default_factory=Placeholder)
    name: ClassVar[str] = "date_shift"
    reversible: ClassVar[bool] = True

    def __post_init__(self) -> None:
        if self.max_days < 1:
            raise ValueError("max_days must be at least 1")

    def offset(self, ctx: ScopeContext) -> int:
        """The scope's offset in days: ±1..max_days, never 0."""
        rng = ctx.random("date-offset", "")
        days = rng.between(1, self.max_days)
        return days if rng.below(2) else -days

    def replace(self, value: str, label: str, ctx: ScopeContext) -> str:
        if label not in DATE_LABELS:
            return self.fallback.replace(value, label, ctx)
        existing = ctx.mapping.get(label, value)
        if existing is not None:
            return existing.replacement
        parsed = dates.parse(value)
        if parsed is None:
            return self.fallback.replace(value, label, ctx)
        year, month, day = dates.shift(parsed, self.offset(ctx))
        shifted = dates.render(year, month, day, parsed.form)
        entry = Entry(label, value, shifted, Kind.DATE, dates.value_key(year, month, day))
        return ctx.mapping.add(entry).replacement
