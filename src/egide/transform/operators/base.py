"""The operator interface and the context an operator works in (secret, scope, mapping)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

from egide.transform.keyed import KeyedRandom
from egide.transform.mapping import Mapping


@dataclass(frozen=True, slots=True)
class ScopeContext:
    """What every replacement in one scope shares: the key, the scope's name and its mapping."""

    secret: bytes
    scope: str
    mapping: Mapping

    def random(self, purpose: str, value: str, attempt: int = 0) -> KeyedRandom:
        return KeyedRandom(self.secret, self.scope, purpose, value, attempt)


class Operator(ABC):
    """Replaces the text of one finding. Reversible operators record what they did in the mapping."""

    name: ClassVar[str]
    reversible: ClassVar[bool]

    @abstractmethod
    def replace(self, value: str, label: str, ctx: ScopeContext) -> str:
        """The replacement for ``value`` (the text of a finding labelled ``label``)."""
