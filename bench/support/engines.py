"""The engines the quality benchmarks compare, behind one signature: documents in, spans out.

égide with this machine's settings, and Presidio configured for French (:mod:`bench.support.presidio_fr`).
Shared by ``engine_quality`` and ``perturbations`` (a benchmark module must not import another: the
runner would take it for a helper).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from typing import Any

from egide.evaluation import Document, Span
from egide.evaluation.documents import gold_from_lines

Predictor = Callable[[Sequence[Document]], dict[str, tuple[Span, ...]]]


def documents(records: Sequence[dict[str, Any]]) -> list[Document]:
    return gold_from_lines((json.dumps(r, ensure_ascii=False) for r in records), "corpus")


def sample(records: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """An even, deterministic sample of at most ``limit`` records (all of them without a limit)."""
    if limit is None or limit >= len(records):
        return records
    step = len(records) / limit
    return [records[int(i * step)] for i in range(limit)]


def egide_predictor() -> tuple[Predictor, list[int]]:
    """égide with the settings of this machine; a document the engine refuses counts as found nothing."""
    from egide.detect import Detector
    from egide.errors import DetectionError
    from egide.settings import load_settings

    detector = Detector(load_settings().detect)
    errors = [0]

    def run(docs: Sequence[Document]) -> dict[str, tuple[Span, ...]]:
        out: dict[str, tuple[Span, ...]] = {}
        for doc in docs:
            try:
                found = detector.detect(doc.text)
            except DetectionError:
                errors[0] += 1
                found = []
            out[doc.id] = tuple(sorted(Span(f.start, f.end, str(f.label)) for f in found))
        return out

    return run, errors


def presidio_predictor() -> Predictor:
    from bench.support import presidio_fr

    analyzer = presidio_fr.build_analyzer()
    return lambda docs: presidio_fr.predict(analyzer, docs)


def timed(predictor: Predictor, docs: Sequence[Document]) -> tuple[dict[str, tuple[Span, ...]], float]:
    start = time.perf_counter()
    predictions = predictor(docs)
    return predictions, time.perf_counter() - start
