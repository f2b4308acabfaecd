"""The red-team set, run through the whole engine.

Every gold identifier of ``identifiers.txt`` must be fully masked, and nothing found in the snippets
of ``traps.txt``. Snippets the engine still gets wrong live in ``known_misses.txt`` (same format),
documented, not asserted. ``pytest -s`` prints the recall per label and the over-masking.
"""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.redteam.corpus import Snippet, load, missed, summarise

IDENTIFIERS = load("identifiers.txt")
TRAPS = load("traps.txt")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def test_the_set_is_large_enough() -> None:
    assert len(IDENTIFIERS) >= 80 and len(TRAPS) >= 40
    assert len({s.id for s in IDENTIFIERS + TRAPS}) == len(IDENTIFIERS) + len(TRAPS)
    assert all(s.gold for s in IDENTIFIERS) and not any(s.gold for s in TRAPS)


@pytest.mark.parametrize("snippet", IDENTIFIERS, ids=lambda s: s.id)
def test_every_identifier_is_masked(detector: Detector, snippet: Snippet) -> None:
    leaks = missed(snippet, detector.detect(snippet.text))
    assert not leaks, f"{snippet.id}: not masked {[(label, snippet.text[s:e]) for s, e, label in leaks]}"


@pytest.mark.parametrize("snippet", TRAPS, ids=lambda s: s.id)
def test_nothing_is_found_in_a_trap(detector: Detector, snippet: Snippet) -> None:
    found = detector.detect(snippet.text)
    assert not found, f"{snippet.id}: {[(f.label, snippet.text[f.start : f.end]) for f in found]}"


def test_summary(detector: Detector) -> None:
    """Printed figures (recall per label, over-masking), including the known misses."""
    ids = IDENTIFIERS + load("known_misses.txt")
    summary = summarise(
        ids, [detector.detect(s.text) for s in ids], TRAPS, [detector.detect(s.text) for s in TRAPS]
    )
    print("\n" + "\n".join(summary.lines()))
    assert summary.snippets == len(ids)
