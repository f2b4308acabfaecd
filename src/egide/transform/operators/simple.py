"""One-way operators: nothing to restore, nothing recorded but counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from egide.transform.operators.base import Operator, ScopeContext


@dataclass(frozen=True)
class Mask(Operator):
    """« 06 12 34 56 78 » → « ** ** ** ** ** »: letters and digits hidden, separators and length kept."""

    char: str = "*"
    name: ClassVar[str] = "mask"
    reversible: ClassVar[bool] = False

    def __post_init__(self) -> None:
        if len(self.char) != 1:
            raise ValueError("the mask character must be one character")

    def replace(self, value: str, label: str, ctx: ScopeContext) -> str:
        return "".join(self.char if ch.isalnum() else ch for ch in value)


@dataclass(frozen=True)
class Redact(Operator):
    """The value is removed; ``replacement`` (default « […] ») marks where, or "" removes it outright."""

    replacement: str = "[…]"
    name: ClassVar[str] = "redact"
    reversible: ClassVar[bool] = False

    def replace(self, value: str, label: str, ctx: ScopeContext) -> str:
        return self.replacement
