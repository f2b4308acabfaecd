"""Clinical sentences with their expected entities written inline.

``"Patient IPP <IPP>80012345</IPP> admis le <DATE>3 mars</DATE>"`` reads like the note it stands
for and says exactly which characters must be found, with which label (edsnlp's testing style).

Shared by every detection test: recognisers, dates, places, names and the whole engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from egide.detect.engine import Detector
from egide.detect.finding import Finding

Span = tuple[int, int, str]

_TAG = re.compile(r"<(/?)([A-Z][A-Z_]*)>")


def parse_inline(marked: str) -> tuple[str, list[Span]]:
    """Turn ``<LABEL>…</LABEL>`` tags into the plain text and its ``(start, end, label)`` spans.

    Tags do not nest. An unclosed, mismatched or stray closing tag raises ``ValueError`` so that a
    typo in a test cannot silently expect nothing.
    """
    parts: list[str] = []
    spans: list[Span] = []
    length = 0
    open_label: str | None = None
    open_start = 0
    pos = 0
    for tag in _TAG.finditer(marked):
        chunk = marked[pos : tag.start()]
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, label = tag.group(1) == "/", tag.group(2)
        if not closing:
            if open_label is not None:
                raise ValueError(f"<{label}> opened inside <{open_label}>: tags do not nest")
            open_label, open_start = label, length
        else:
            if open_label != label:
                raise ValueError(f"</{label}> closes {'<' + open_label + '>' if open_label else 'nothing'}")
            if length == open_start:
                raise ValueError(f"empty <{label}> span")
            spans.append((open_start, length, label))
            open_label = None
    if open_label is not None:
        raise ValueError(f"<{open_label}> is never closed")
    parts.append(marked[pos:])
    return "".join(parts), spans


def spans_of(findings: Iterable[Finding], labels: Iterable[str] | None = None) -> list[Span]:
    """The ``(start, end, label)`` of findings, sorted, optionally keeping only some labels."""
    keep = None if labels is None else set(labels)
    return sorted((f.start, f.end, f.label) for f in findings if keep is None or f.label in keep)


def bracketed(findings: Iterable[Finding], text: str) -> str:
    """``text`` with every finding in brackets (« dont [Son Excellence Pierre Dupontel] est »): the whole of
    what is masked, boundaries included, in one string a test compares."""
    out = text
    for f in sorted(findings, key=lambda f: -f.start):
        out = f"{out[: f.start]}[{out[f.start : f.end]}]{out[f.end :]}"
    return out


def _show(text: str, spans: Iterable[Span]) -> str:
    return ", ".join(f"{label}:{text[s:e]!r}@{s}" for s, e, label in spans)


def assert_finds(findings: Iterable[Finding], marked: str, *, labels: Iterable[str] | None = None) -> None:
    """Assert that ``findings`` are exactly the spans marked inline (same offsets, same labels).

    ``labels`` restricts the comparison to those labels, for a recogniser or a helper that only
    answers for some of them (the marked text may still carry the other labels' tags).
    """
    found_list = list(findings)
    text, expected = parse_inline(marked)
    keep = None if labels is None else set(labels)
    expected = sorted(s for s in expected if keep is None or s[2] in keep)
    got = spans_of(found_list, keep)
    assert got == expected, (
        f"in {text!r}\n  expected: {_show(text, expected)}\n  found:    {_show(text, got)}"
    )


def assert_covers(findings: Iterable[Finding], marked: str, *, labels: Iterable[str] | None = None) -> None:
    """Looser check: every marked span is inside a finding of its label, and nothing unmarked is found.

    For recognisers whose exact boundaries are a matter of taste (a trailing dot, a label word).
    """
    found_list = list(findings)
    text, expected = parse_inline(marked)
    keep = None if labels is None else set(labels)
    expected = [s for s in expected if keep is None or s[2] in keep]
    got = spans_of(found_list, keep)
    for s, e, label in expected:
        assert any(fs <= s and e <= fe and fl == label for fs, fe, fl in got), (
            f"{label}:{text[s:e]!r} not found in {text!r}; found {_show(text, got)}"
        )
    for fs, fe, fl in got:
        assert any(s < fe and fs < e for s, e, _ in expected), f"unexpected {fl}:{text[fs:fe]!r} in {text!r}"


def part_masked(findings: Iterable[Finding], text: str, part: str) -> bool:
    """Whether every letter and digit of the first ``part`` in ``text`` is inside some finding, of
    any label: masked, as a leak is judged."""
    start = text.index(part)
    covered = {k for f in findings for k in range(f.start, f.end)}
    return all(k in covered for k in range(start, start + len(part)) if text[k].isalnum())


def part_touched(findings: Iterable[Finding], text: str, part: str) -> bool:
    """Whether some finding overlaps the first ``part`` in ``text`` (over-masking checks)."""
    start = text.index(part)
    end = start + len(part)
    return any(f.start < end and start < f.end for f in findings)


def assert_touched(findings: Iterable[Finding], marked: str) -> None:
    """Loosest check: every marked span is touched by a finding of its label; other findings allowed.

    For families whose span a neighbouring reading may widen (a brand read with its town).
    """
    text, expected = parse_inline(marked)
    got = spans_of(findings)
    for s, e, label in expected:
        assert any(fl == label and fs < e and s < fe for fs, fe, fl in got), (
            f"{label}:{text[s:e]!r} not touched in {text!r}; found {_show(text, got)}"
        )


@cache
def default_detector() -> Detector:
    """The engine with its default settings, made once (on first use) for every test that reads with it."""
    return Detector()


class Masking:
    """A detector bound to the questions a family's test asks of a part of its text: are all its letters
    and digits masked (:func:`part_masked`), does any finding touch it (:func:`part_touched`), findings
    of one label only if ``label`` is given. Without a detector, the engine with its default settings
    (:data:`ENGINE`, shared by the test files, as each file's own ``Detector()`` was)."""

    def __init__(self, detector: Detector | None = None) -> None:
        self._detector = detector

    def detect(self, text: str, label: str | None = None) -> list[Finding]:
        detector = self._detector if self._detector is not None else default_detector()
        return [f for f in detector.detect(text) if label is None or f.label == label]

    def masks(self, text: str, part: str, *, label: str | None = None) -> bool:
        return part_masked(self.detect(text, label), text, part)

    def touches(self, text: str, part: str, *, label: str | None = None) -> bool:
        return part_touched(self.detect(text, label), text, part)


ENGINE = Masking()


def assert_detects(detector: Detector, marked: str) -> None:
    """``detector`` finds exactly the spans written inline in ``marked`` (read on its plain text)."""
    text, _ = parse_inline(marked)
    assert_finds(detector.detect(text), marked)
