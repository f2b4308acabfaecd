"""What a recogniser is, and the pattern recogniser most of them are.

A recogniser reads normalised text and yields findings; it never edits text. One recogniser per
file under ``recognisers/fr/``, each with its table of patterns, context words and checksum.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer


class Recogniser(Protocol):
    """Finds spans of one or a few labels in a normalised text (one :class:`Document` per reading)."""

    name: str

    def find(self, doc: Document) -> Iterable[Finding]: ...


def may_match(recogniser: Recogniser, doc: Document) -> bool:
    """Whether ``recogniser`` may find something in ``doc`` or in the same text with any of its line
    breaks read as spaces (its second reading, :mod:`egide.detect.wrapped`).

    A recogniser whose prefilter reads no line break (a word without a space looked for in the text,
    « @ », « :// ») answers it with a ``may_match(doc)`` method: when its prefilter finds nothing in the
    text as written, it finds nothing in the second reading either, and the engine need not ask it
    there. The others may always match.
    """
    method = getattr(recogniser, "may_match", None)
    return True if method is None else bool(method(doc))


@dataclass(frozen=True, slots=True)
class Pattern:
    """One regular expression of a recogniser. ``group`` selects the span to report."""

    name: str
    regex: re.Pattern[str]
    score: float
    group: int | str = 0


#: A validator receives the matched value and returns a new score, or None to reject the match.
Validator = Callable[[str, float], float | None]


@dataclass(slots=True)
class PatternRecogniser:
    """Regexes + optional checksum validation + context words that raise the score.

    ``context`` words are looked for in the ``context_window`` characters before the match
    (lower-cased); each hit raises the score by ``context_boost`` (capped at 1.0).
    """

    name: str
    label: str
    patterns: Sequence[Pattern]
    validate: Validator | None = None
    context: Sequence[str] = ()
    context_window: int = 40
    context_boost: float = 0.35
    _context_re: re.Pattern[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.context:
            words = sorted(self.context, key=len, reverse=True)
            self._context_re = re.compile(
                r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W\d_])", re.I
            )

    def has_context(self, text: str, start: int) -> bool:
        if self._context_re is None:
            return False
        window = text[max(0, start - self.context_window) : start]
        return self._context_re.search(window) is not None

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for pattern in self.patterns:
            # (a pattern opening on a look-behind and a word in any case, « (?<![^\W\d_])(?i:adeli) »,
            # is tried where its first letter stands only: same matches, a half to a third of the time)
            for match in finditer(pattern.regex, text):
                start, end = match.span(pattern.group)
                if start == end:
                    continue
                score = pattern.score
                if self.validate is not None:
                    validated = self.validate(match.group(pattern.group), pattern.score)
                    if validated is None:
                        continue
                    score = validated
                if self.has_context(text, start):
                    score = min(1.0, score + self.context_boost)
                yield Finding(start, end, self.label, score, self.name)
