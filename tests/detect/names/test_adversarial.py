"""Adversarial input: time grows linearly with the text, whatever the text is.

A generous bound per character (far above the measured cost) so that the test cannot flake on a
busy machine but fails on anything quadratic or on a regex that backtracks.
"""

from __future__ import annotations

import pytest

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.names import NameDetector
from tests.detect.cpu import cpu_seconds

_BOUND_SECONDS_PER_CHAR = 20e-6  # measured cost is about 1.5 µs per character

ADVERSARIAL = {
    "long gap": "Jean" + " " * 60_000 + ", 72 ans",
    "titles": "M. " * 20_000,
    "names list": "DUPONT Jean, 72 ans, " * 3_000,
    "particles": "Mme " + "de la " * 10_000 + "Fontaine",
    "hyphen chain": "Jean" + "-Pierre" * 8_000,
    "apostrophes": "N'" * 20_000 + "Diaye",
    "initials": "J. " * 20_000 + "Dupont",
    "one name everywhere": ("Dr Martin. martin " * 4_000),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_time_is_linear_in_the_text(name: str) -> None:
    text = ADVERSARIAL[name]
    detector = NameDetector(DetectConfig())

    def run() -> None:
        detector.propagate([Document(text)], [detector.find(Document(text), [])])

    elapsed = cpu_seconds(run)
    assert elapsed < _BOUND_SECONDS_PER_CHAR * len(text) + 0.5, (
        f"{name}: {elapsed:.2f} s for {len(text)} chars"
    )
    found = detector.propagate([Document(text)], [detector.find(Document(text), [])])[0]
    assert all(0 <= f.start < f.end <= len(text) for f in found)
