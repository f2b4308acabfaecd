"""The shared pieces of the engine: the finding type, normalisation and the overlap rule."""

from __future__ import annotations

import pytest

from egide.detect.finding import Finding
from egide.detect.normalise import normalise
from egide.detect.overlap import resolve


def test_finding_rejects_empty_or_inverted_spans() -> None:
    with pytest.raises(ValueError):
        Finding(3, 3, "NOM", 0.9, "test")
    with pytest.raises(ValueError):
        Finding(0, 2, "NOM", 1.5, "test")


def test_normalise_maps_back_through_deleted_zero_width_characters() -> None:
    text = "NIR 1\u200b85\u200c05 78\u00a0006 084 91"
    norm = normalise(text)
    assert norm.text == "NIR 18505 78 006 084 91"
    start = norm.text.index("1")
    assert norm.to_original(start, len(norm.text)) == (4, len(text))


def test_normalise_folds_full_width_digits_and_cyrillic_lookalikes() -> None:
    norm = normalise("Tél ０６１２ Dupоnt")  # the second o of Dupont is Cyrillic
    assert norm.text == "Tél 0612 Dupont"
    assert norm.to_original(4, 8) == (4, 8)


def test_plain_text_is_returned_unchanged() -> None:
    norm = normalise("Patiente vue en consultation.")
    assert norm.text is norm.original


def test_overlaps_merge_into_the_union_labelled_by_the_best() -> None:
    a = Finding(0, 10, "DATE", 0.8, "dates")
    b = Finding(5, 20, "NOM", 0.9, "names")
    c = Finding(20, 25, "VILLE", 0.6, "communes")  # touches b, does not overlap
    assert resolve([c, b, a]) == [Finding(0, 20, "NOM", 0.9, "names"), c]


def test_overlap_tie_on_score_prefers_the_longer_span() -> None:
    short = Finding(0, 5, "NOM", 0.9, "a")
    long = Finding(0, 8, "DATE", 0.9, "b")
    assert resolve([short, long]) == [long]
