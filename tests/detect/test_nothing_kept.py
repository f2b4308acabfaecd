"""After a detection call, the engine's caches hold no text of it: not when it succeeds, nor when it fails.

The per-text caches (lower-case copy, digit runs, month names) and the words kept for propagation
only serve the call in progress; a prompt must not stay in memory in them until later calls evict it.
"""

from __future__ import annotations

import gc

import pytest

from egide.detect import DetectConfig, Detector
from egide.detect.config import SitePattern
from egide.detect.per_text import _CACHES
from egide.errors import DetectionTimeout

NOTE = "Mme Jeanne DUPONT, née le 3 mars 1961, NIR 2 61 03 75 115 123 45, vue le 12 avril 2024."


def cached_texts() -> int:
    return sum(cache.cache_info().currsize for cache in _CACHES)  # type: ignore[attr-defined]


def recent_words(detector: Detector) -> int:
    return len(getattr(detector.names._local, "recent", {}))


def test_the_per_text_caches_are_registered_and_used() -> None:
    # The three caches that take a whole text; if one is dropped or renamed, this says so.
    assert len(_CACHES) >= 3
    detector = Detector(DetectConfig())
    seen: list[int] = []
    original = detector.names.propagate

    def spy(texts, findings):  # type: ignore[no-untyped-def]
        seen.append(cached_texts())  # during the call, the caches do serve it
        seen.append(recent_words(detector))
        return original(texts, findings)

    detector.names.propagate = spy  # type: ignore[method-assign]
    assert detector.detect(NOTE)
    assert seen[0] > 0 and seen[1] == 1


def test_nothing_is_kept_after_a_call() -> None:
    detector = Detector(DetectConfig())
    found = detector.detect_many([NOTE, "Et Mme DUPONT ?"])
    assert found[0] and found[1]
    assert cached_texts() == 0
    assert recent_words(detector) == 0


def test_nothing_is_kept_after_a_timeout() -> None:
    # A catastrophic site pattern makes the call time out after the first recognisers ran.
    config = DetectConfig(site_patterns=[SitePattern(label="IPP", regex="(a|aa)+b")], timeout_ms=50)
    detector = Detector(config)
    with pytest.raises(DetectionTimeout):
        detector.detect(NOTE + " " + "a" * 40)
    gc.collect()
    assert cached_texts() == 0
    assert recent_words(detector) == 0
