"""The establishment's own IPP/NDA formats (``DetectConfig.site_patterns``), matched anywhere.

A site knows that its IPP is « 8 digits starting with 80 » or its NDA « 2 letters + 8 digits »:
such a pattern is matched in any context, as a whole word.

The patterns are written by an administrator, not by us, so they run on the ``regex`` engine with a
time limit: a pattern that backtracks catastrophically raises :class:`DetectionTimeout` (the request
is blocked, fail closed) instead of hanging a worker, which Python's ``re`` cannot prevent.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import regex

from egide.detect.config import SitePattern
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.errors import DetectionTimeout


@dataclass(slots=True)
class SitePatternRecogniser:
    """Site-configured identifier formats, each with its label."""

    patterns: Sequence[SitePattern]
    name: str = "fr.site_patterns"
    score: float = 0.85
    timeout_s: float = 2.0
    _compiled: list[tuple[str, regex.Pattern[str]]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._compiled = [
            (p.label, regex.compile(r"(?<!\w)(?:" + p.regex + r")(?!\w)")) for p in self.patterns
        ]

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for label, pattern in self._compiled:
            try:
                matches = list(pattern.finditer(text, timeout=self.timeout_s))
            except TimeoutError:
                raise DetectionTimeout(
                    "un format d'identifiant de l'établissement a dépassé le délai imparti"
                ) from None
            for match in matches:
                if match.end() > match.start():
                    yield Finding(match.start(), match.end(), label, self.score, self.name)
