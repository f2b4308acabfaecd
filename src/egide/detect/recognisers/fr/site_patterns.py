"""The establishment's own IPP/NDA formats (``DetectConfig.site_patterns``), matched anywhere.

A site knows that its IPP is « 8 digits starting with 80 » or its NDA « 2 letters + 8 digits »:
such a pattern is matched in any context, as a whole word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from egide.detect.config import SitePattern
from egide.detect.finding import Finding


@dataclass(slots=True)
class SitePatternRecogniser:
    """Site-configured identifier formats, each with its label."""

    patterns: Sequence[SitePattern]
    name: str = "fr.site_patterns"
    score: float = 0.85
    _compiled: list[tuple[str, re.Pattern[str]]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._compiled = [(p.label, re.compile(r"(?<!\w)(?:" + p.regex + r")(?!\w)")) for p in self.patterns]

    def find(self, text: str) -> Iterator[Finding]:
        for label, regex in self._compiled:
            for match in regex.finditer(text):
                if match.end() > match.start():
                    yield Finding(match.start(), match.end(), label, self.score, self.name)
