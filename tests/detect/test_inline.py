"""The inline-annotation helper every detection test relies on."""

from __future__ import annotations

import pytest

from egide.detect.finding import Finding
from tests.detect.inline import assert_covers, assert_finds, parse_inline


def test_parse_inline_strips_tags_and_returns_spans() -> None:
    text, spans = parse_inline("IPP <IPP>80012345</IPP> né le <DATE>3 mars</DATE>.")
    assert text == "IPP 80012345 né le 3 mars."
    assert spans == [(4, 12, "IPP"), (19, 25, "DATE")]
    assert [text[s:e] for s, e, _ in spans] == ["80012345", "3 mars"]


@pytest.mark.parametrize(
    "bad", ["<NOM>Dupont", "Dupont</NOM>", "<NOM>a<DATE>b</DATE></NOM>", "<NOM>x</DATE>", "<NOM></NOM>"]
)
def test_parse_inline_rejects_malformed_tags(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_inline(bad)


def test_assert_finds_compares_exact_spans_and_labels() -> None:
    marked = "Dr <NOM>Martin</NOM> le <DATE>3/4</DATE>"
    good = [Finding(3, 9, "NOM", 0.9, "t"), Finding(13, 16, "DATE", 0.9, "t")]
    assert_finds(good, marked)
    assert_finds(good[:1], marked, labels=["NOM"])
    with pytest.raises(AssertionError):
        assert_finds(good[:1], marked)
    with pytest.raises(AssertionError):
        assert_finds([Finding(3, 8, "NOM", 0.9, "t"), good[1]], marked)


def test_assert_covers_allows_wider_findings_but_not_extra_ones() -> None:
    marked = "tél <TELEPHONE>06 12</TELEPHONE> ok"
    assert_covers([Finding(0, 9, "TELEPHONE", 0.9, "t")], marked)
    with pytest.raises(AssertionError):
        assert_covers([Finding(0, 9, "TELEPHONE", 0.9, "t"), Finding(10, 12, "NOM", 0.9, "t")], marked)
    with pytest.raises(AssertionError):
        assert_covers([], marked)
