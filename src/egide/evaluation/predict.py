"""Run a detector over gold documents to get predictions in the form :func:`score` takes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from egide.detect.finding import Finding
from egide.evaluation.documents import Document, Span


class DetectsText(Protocol):
    def detect(self, text: str) -> list[Finding]: ...


def predict(detector: DetectsText, documents: Iterable[Document]) -> dict[str, tuple[Span, ...]]:
    return {
        doc.id: tuple(sorted(Span(f.start, f.end, f.label) for f in detector.detect(doc.text)))
        for doc in documents
    }
