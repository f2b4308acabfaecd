"""The held-out probe (issue 8), run through the whole engine.

In ``bench/corpus/heldout/`` (:mod:`bench.corpus.probe`), ``probe.txt``, ``probe2.txt`` and
``probe3.txt`` hold invented snippets in voices the engine was not written against (a DIM export, a secretary's letter, a nurse's transmission, an OCR'd form, an ambulance slip, HL7 and
CSV rows, an on-call list…); ``probe_traps.txt`` the same voices without any identifier. Unlike the
red-team set, a snippet is not asserted one by one: the probe measures families, and what it still
misses is reported (``pytest -s`` prints the recall per label and the misses). The floors below are
just under the figures measured once the fixes made for the probe landed; they may only rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from egide.detect.engine import Detector
from tests.detect.redteam.corpus import Snippet, load, missed, summarise

HERE = Path(__file__).parents[3] / "bench" / "corpus" / "heldout"
SNIPPETS = load("probe.txt", HERE) + load("probe2.txt", HERE) + load("probe3.txt", HERE)
TRAPS = load("probe_traps.txt", HERE)

#: Identifier spans fully masked, and snippets with nothing left visible, at least.
MIN_SPANS_MASKED = 0.98
MIN_SNIPPETS_CLEAN = 0.95


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def test_the_probe_is_well_formed() -> None:
    assert len(SNIPPETS) >= 120 and len(TRAPS) >= 30
    assert len({s.id for s in SNIPPETS + TRAPS}) == len(SNIPPETS) + len(TRAPS)
    assert all(s.gold for s in SNIPPETS) and not any(s.gold for s in TRAPS)


@pytest.mark.parametrize("snippet", TRAPS, ids=lambda s: s.id)
def test_nothing_is_found_in_a_trap(detector: Detector, snippet: Snippet) -> None:
    found = detector.detect(snippet.text)
    assert not found, f"{snippet.id}: {[(f.label, snippet.text[f.start : f.end]) for f in found]}"


def test_the_probe_holds_its_floors(detector: Detector) -> None:
    found = [detector.detect(s.text) for s in SNIPPETS]
    summary = summarise(SNIPPETS, found, TRAPS, [detector.detect(s.text) for s in TRAPS])
    print("\n" + "\n".join(summary.lines()))
    for snippet, fs in zip(SNIPPETS, found, strict=True):
        for s, e, label in missed(snippet, fs):
            print(f"  missed {snippet.id}: {label} {snippet.text[s:e]!r}")
    spans = sum(summary.found.values()) / sum(summary.gold.values())
    assert spans >= MIN_SPANS_MASKED
    assert summary.clean_snippets / summary.snippets >= MIN_SNIPPETS_CLEAN
