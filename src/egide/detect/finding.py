"""The one value type shared by detection and transformation."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A span of text that identifies somebody, with offsets in Python characters.

    ``source`` names what found it (a recogniser's name, ``model``, ``list``, ``propagation``) so
    that evaluation can tell which part of the engine earns its keep.
    """

    start: int
    end: int
    label: str
    score: float
    source: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score out of range: {self.score}")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end

    def shifted(self, start: int, end: int) -> Finding:
        return Finding(start, end, self.label, self.score, self.source)
