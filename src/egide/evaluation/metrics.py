"""The figures: per-label precision, recall and F1, and what actually leaks.

Character measures count **letters and digits only** (``str.isalnum``): a space or a dash left
between « Jean » and « DUPONT » leaks nothing, a letter does.

* ``share_gold_chars_masked``: of the letters and digits inside gold spans, the share covered by a
  prediction of any label.
* ``share_docs_fully_redacted``: of the documents that contain at least one gold span, the share in
  which every letter and digit of every gold span is covered (one leaked character makes a leak).
* ``share_clean_chars_masked``: of the letters and digits of documents with no gold span (clinical
  prose without identifiers), the share masked — the over-masking that costs the reader.
* ``share_other_chars_masked``: the same outside gold spans in every document.

Span matching (relaxed, strict, any label) is defined in :mod:`egide.evaluation.matching`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from egide.evaluation.documents import Document, Span
from egide.evaluation.matching import equivalent, overlaps

ALL = "TOUS"


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class LabelScores:
    """Counts for one label (or ``TOUS``); ratios are ``None`` when their denominator is zero."""

    label: str
    gold: int = 0
    predicted: int = 0
    gold_found: int = 0  # relaxed: overlapped by a prediction of an equivalent label
    predicted_correct: int = 0  # relaxed: overlaps a gold span of an equivalent label
    gold_caught: int = 0  # overlapped by a prediction of any label
    gold_fully_masked: int = 0  # every letter and digit covered by predictions of any label
    strict_matches: int = 0  # same start, end and label

    def add(self, other: LabelScores) -> None:
        for name in ("gold", "predicted", "gold_found", "predicted_correct", "gold_caught",
                     "gold_fully_masked", "strict_matches"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float | None:
        return _ratio(self.predicted_correct, self.predicted)

    @property
    def recall(self) -> float | None:
        return _ratio(self.gold_found, self.gold)

    @property
    def f1(self) -> float | None:
        return _f1(self.precision, self.recall)

    @property
    def recall_any_label(self) -> float | None:
        return _ratio(self.gold_caught, self.gold)

    @property
    def share_fully_masked(self) -> float | None:
        return _ratio(self.gold_fully_masked, self.gold)

    @property
    def strict_precision(self) -> float | None:
        return _ratio(self.strict_matches, self.predicted)

    @property
    def strict_recall(self) -> float | None:
        return _ratio(self.strict_matches, self.gold)

    @property
    def strict_f1(self) -> float | None:
        return _f1(self.strict_precision, self.strict_recall)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for name in ("precision", "recall", "f1", "recall_any_label", "share_fully_masked",
                     "strict_precision", "strict_recall", "strict_f1"):  # fmt: skip
            out[name] = getattr(self, name)
        return out


@dataclass
class Report:
    documents: int = 0
    documents_with_identifiers: int = 0
    documents_fully_redacted: int = 0
    gold_chars: int = 0
    gold_chars_masked: int = 0
    clean_documents: int = 0
    clean_chars: int = 0
    clean_chars_masked: int = 0
    other_chars: int = 0
    other_chars_masked: int = 0
    missing_predictions: int = 0  # gold documents with no prediction record (scored as nothing found)
    unknown_predictions: int = 0  # prediction records whose id is not in the gold file (ignored)
    per_label: dict[str, LabelScores] = field(default_factory=dict)

    @property
    def total(self) -> LabelScores:
        total = LabelScores(ALL)
        for scores in self.per_label.values():
            total.add(scores)
        return total

    @property
    def share_docs_fully_redacted(self) -> float | None:
        return _ratio(self.documents_fully_redacted, self.documents_with_identifiers)

    @property
    def share_gold_chars_masked(self) -> float | None:
        return _ratio(self.gold_chars_masked, self.gold_chars)

    @property
    def share_clean_chars_masked(self) -> float | None:
        return _ratio(self.clean_chars_masked, self.clean_chars)

    @property
    def share_other_chars_masked(self) -> float | None:
        return _ratio(self.other_chars_masked, self.other_chars)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            name: getattr(self, name)
            for name in ("documents", "documents_with_identifiers", "documents_fully_redacted", "gold_chars",
                         "gold_chars_masked", "clean_documents", "clean_chars", "clean_chars_masked",
                         "other_chars", "other_chars_masked", "missing_predictions", "unknown_predictions",
                         "share_docs_fully_redacted", "share_gold_chars_masked", "share_clean_chars_masked",
                         "share_other_chars_masked")
        }  # fmt: skip
        out["per_label"] = {label: s.to_dict() for label, s in sorted(self.per_label.items())}
        out["total"] = self.total.to_dict()
        return out


def _coverage(length: int, spans: Iterable[Span]) -> bytearray:
    covered = bytearray(length)
    for span in spans:
        end = min(span.end, length)
        if span.start < end:
            covered[span.start : end] = b"\x01" * (end - span.start)
    return covered


def _score_document(doc: Document, predicted: tuple[Span, ...], report: Report) -> None:
    text = doc.text
    masked = _coverage(len(text), predicted)
    in_gold = _coverage(len(text), doc.spans)
    leaked = 0
    for i, char in enumerate(text):
        if not char.isalnum():
            continue
        if in_gold[i]:
            report.gold_chars += 1
            report.gold_chars_masked += masked[i]
            leaked += 1 - masked[i]
        else:
            report.other_chars += 1
            report.other_chars_masked += masked[i]
            if not doc.spans:
                report.clean_chars += 1
                report.clean_chars_masked += masked[i]
    if doc.spans:
        report.documents_with_identifiers += 1
        report.documents_fully_redacted += leaked == 0
    else:
        report.clean_documents += 1

    def scores(label: str) -> LabelScores:
        return report.per_label.setdefault(label, LabelScores(label))

    predicted_set = set(predicted)
    for g in doc.spans:
        s = scores(g.label)
        s.gold += 1
        hits = [p for p in predicted if overlaps(g.start, g.end, p.start, p.end)]
        s.gold_caught += bool(hits)
        s.gold_found += any(equivalent(g.label, p.label) for p in hits)
        s.gold_fully_masked += all(masked[i] for i in range(g.start, g.end) if text[i].isalnum())
        s.strict_matches += g in predicted_set
    for p in predicted:
        s = scores(p.label)
        s.predicted += 1
        s.predicted_correct += any(
            overlaps(g.start, g.end, p.start, p.end) and equivalent(g.label, p.label) for g in doc.spans
        )


def score(gold: Iterable[Document], predictions: Mapping[str, tuple[Span, ...]]) -> Report:
    """Score ``predictions`` (document id → spans) against ``gold``."""
    report = Report()
    ids: set[str] = set()
    for doc in gold:
        ids.add(doc.id)
        report.documents += 1
        predicted = predictions.get(doc.id)
        if predicted is None:
            report.missing_predictions += 1
            predicted = ()
        _score_document(doc, predicted, report)
    report.unknown_predictions = sum(1 for doc_id in predictions if doc_id not in ids)
    return report
