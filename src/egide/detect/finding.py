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

    def __init__(self, start: int, end: int, label: str, score: float, source: str) -> None:
        # Written out rather than generated: the engine makes a hundred findings or more per prompt,
        # and the generated ``__init__`` of a frozen class sets each field through
        # ``object.__setattr__`` then calls ``__post_init__`` (a third slower than the slots'
        # setters below, read once when the class is made).
        if not 0 <= start < end:
            raise ValueError(f"invalid span [{start}, {end})")
        if not 0.0 <= score <= 1.0:
            raise ValueError(f"score out of range: {score}")
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_LABEL(self, label)
        _SET_SCORE(self, score)
        _SET_SOURCE(self, source)

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end

    def shifted(self, start: int, end: int) -> Finding:
        return Finding(start, end, self.label, self.score, self.source)


# The slots' own setters: a frozen dataclass forbids ``self.start = …``, not these.
_SET_START, _SET_END, _SET_LABEL, _SET_SCORE, _SET_SOURCE = (
    Finding.__dict__[name].__set__ for name in ("start", "end", "label", "score", "source")
)
