"""Run every place recogniser the way the engine does: threshold, then the overlap rule."""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.overlap import resolve
from egide.detect.places import build_place_recognisers

PLACE_LABELS = ("ADRESSE", "CODE_POSTAL", "VILLE", "ETABLISSEMENT")
_RECOGNISERS = build_place_recognisers(DetectConfig())
_THRESHOLD = DetectConfig().min_score


def find_places(text: str) -> list[Finding]:
    return resolve(f for r in _RECOGNISERS for f in r.find(Document(text)) if f.score >= _THRESHOLD)


def values(text: str, label: str | None = None) -> list[str]:
    return [text[f.start : f.end] for f in find_places(text) if label is None or f.label == label]
