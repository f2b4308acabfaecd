"""The operator interface and the context an operator works in (secret, scope, mapping)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import ClassVar

from egide.transform.keyed import KeyedRandom
from egide.transform.mapping import Mapping
from egide.transform.normalise import fold


@dataclass(slots=True)
class ScopeContext:
    """What every replacement in one scope shares: the key, the scope's name and its mapping.

    ``before`` is the text just before the finding being replaced (« Dr » before « Martin »): the
    name surrogate reads a title there when the finding does not include it. ``partner`` and
    ``findings`` tell what is written around it (see below).
    """

    secret: bytes
    scope: str
    mapping: Mapping
    # Words (case folded, accents dropped: see normalise.fold) of the texts pseudonymised so far: a surrogate that is already a word of
    # the text (« EVA » the pain scale, a relative nobody detected) would be restored by mistake.
    words: set[str] = field(default_factory=set)
    before: str = ""
    # The text of the finding this one is written with: a postcode's city (« 76000 Rouen », « Rouen
    # (76000) ») or a city's postcode, so their surrogates are a real pair of the pool.
    partner: str = ""
    # (label, value) of every finding of the text being pseudonymised: a NIR reads the birth date
    # there even when the date comes after it.
    findings: tuple[tuple[str, str], ...] = ()

    def clashes(self, candidate: str) -> bool:
        """True if ``candidate`` cannot be used: taken in the scope, or a word of the texts."""
        return fold(candidate) in self.words or self.mapping.is_taken(candidate)

    def random(self, purpose: str, value: str, attempt: int = 0) -> KeyedRandom:
        return KeyedRandom(self.secret, self.scope, purpose, value, attempt)


class Operator(ABC):
    """Replaces the text of one finding. Reversible operators record what they did in the mapping."""

    name: ClassVar[str]
    reversible: ClassVar[bool]

    @abstractmethod
    def replace(self, value: str, label: str, ctx: ScopeContext) -> str:
        """The replacement for ``value`` (the text of a finding labelled ``label``)."""
