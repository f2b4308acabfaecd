"""After a detection call, nothing of its text is kept by the engine: not when it succeeds, nor when it fails.

What recognisers share about a text (lower-case copy, digit runs, month names, the name reader's
words) lives in the call's :class:`Document` objects; once the call returns or raises, no document is
left alive and the detector holds no per-call state.
"""

from __future__ import annotations

import gc

import pytest

from egide.detect import DetectConfig, Detector
from egide.detect.config import SitePattern
from egide.detect.document import Document
from egide.detect.names import words
from egide.detect.recognisers.fr.atoms import digit_runs
from egide.errors import DetectionTimeout

NOTE = "Mme Jeanne DUPONT, née le 3 mars 1961, NIR 2 61 03 75 115 123 45, vue le 12 avril 2024."


def live_documents() -> int:
    gc.collect()
    return sum(isinstance(o, Document) for o in gc.get_objects())


def test_the_recognisers_share_one_document_per_reading() -> None:
    detector = Detector(DetectConfig())
    seen: list[Document] = []
    original = detector.names.propagate

    def spy(docs, findings):  # type: ignore[no-untyped-def]
        seen.extend(docs)
        return original(docs, findings)

    detector.names.propagate = spy  # type: ignore[method-assign]
    assert detector.detect(NOTE)
    [doc] = seen
    # computed once by the first recogniser that asked, then served to the others from the document
    assert doc.shared(words) is doc.shared(words) and doc.shared(words)
    assert doc.shared(digit_runs)  # the NIR's run of digits
    assert doc._lower is not None


def test_nothing_is_kept_after_a_call() -> None:
    detector = Detector(DetectConfig())
    before = live_documents()
    found = detector.detect_many([NOTE, "Et Mme DUPONT ?"])
    assert found[0] and found[1]  # the name in the second text comes from the first one
    assert live_documents() == before
    state = {k: v for k, v in vars(detector).items()}
    assert not any(isinstance(v, str) and "DUPONT" in v for v in state.values())


def test_nothing_is_kept_after_a_timeout() -> None:
    # A catastrophic site pattern makes the call time out after the first recognisers ran.
    config = DetectConfig(site_patterns=[SitePattern(label="IPP", regex="(a|aa)+b")], timeout_ms=50)
    detector = Detector(config)
    before = live_documents()
    with pytest.raises(DetectionTimeout):
        detector.detect(NOTE + " " + "a" * 40)
    assert live_documents() == before


def test_a_document_never_shows_its_text() -> None:
    assert "DUPONT" not in repr(Document(NOTE))
