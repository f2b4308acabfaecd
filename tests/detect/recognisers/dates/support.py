"""Run every date recogniser the way the engine does: threshold, then the overlap rule."""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.overlap import resolve
from egide.detect.recognisers.fr.dates import build_date_recognisers

DATE_LABELS = ("DATE", "DATE_NAISSANCE", "AGE")
_RECOGNISERS = build_date_recognisers(DetectConfig())
_THRESHOLD = DetectConfig().min_score


def find_dates(text: str) -> list[Finding]:
    """What the date recognisers together report on ``text`` once the engine has merged them."""
    return resolve(f for r in _RECOGNISERS for f in r.find(Document(text)) if f.score >= _THRESHOLD)


def values(text: str, label: str | None = None) -> list[str]:
    return [text[f.start : f.end] for f in find_dates(text) if label is None or f.label == label]
