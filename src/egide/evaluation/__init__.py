"""Scoring a detector against gold spans.

Public API::

    from egide.evaluation import read_gold, read_predictions, score, predict
    report = score(read_gold(path), predict(detector, documents))   # or read_predictions(path)
    report.to_dict()   # JSON-serialisable

Matching rules are documented in :mod:`egide.evaluation.matching`, measures in
:mod:`egide.evaluation.metrics`.
"""

from egide.evaluation.documents import Document, Span, read_gold, read_predictions
from egide.evaluation.matching import EQUIVALENT_LABELS, label_class
from egide.evaluation.metrics import LabelScores, Report, score
from egide.evaluation.predict import predict

__all__ = [
    "EQUIVALENT_LABELS",
    "Document",
    "LabelScores",
    "Report",
    "Span",
    "label_class",
    "predict",
    "read_gold",
    "read_predictions",
    "score",
]
