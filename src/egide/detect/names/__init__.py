"""Person names: statistical model + lists + context + document-level propagation."""

from __future__ import annotations

from collections.abc import Sequence

from egide.detect.config import DetectConfig
from egide.detect.finding import Finding


class NameDetector:
    def __init__(self, config: DetectConfig) -> None:
        self.config = config

    def find(self, text: str, known: Sequence[Finding]) -> list[Finding]:
        """Person names in normalised ``text``; ``known`` are the findings of the other recognisers."""
        return []

    def propagate(self, texts: Sequence[str], findings: list[list[Finding]]) -> list[list[Finding]]:
        """Add every other occurrence, in any of ``texts``, of a name found once."""
        return findings
