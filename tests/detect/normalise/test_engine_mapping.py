"""The engine maps findings through the normaliser's groups and keeps them apart, as written."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from egide.detect.document import Document
from egide.detect.engine import Detector
from egide.detect.finding import Finding


class _EachDigit:
    """A recogniser that finds every digit of the normalised text on its own."""

    name = "each_digit"

    def find(self, doc: Document) -> Iterable[Finding]:
        return [Finding(i, i + 1, "IPP", 0.9, self.name) for i, c in enumerate(doc.text) if c.isdigit()]


def test_findings_that_meet_inside_one_original_group_are_merged() -> None:
    detector = Detector()
    detector.recognisers = [_EachDigit()]
    text = "code douze treize quatorze quinze fin"  # read « 12131415 », two digits per word
    found = detector.detect(text)
    assert [text[f.start : f.end] for f in found] == ["douze", "treize", "quatorze", "quinze"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
