"""French clinical de-identification: findings from text.

Public API::

    from egide.detect import Detector, DetectConfig, Finding
    detector = Detector(DetectConfig())
    findings = detector.detect("Mme Jeanne DUPONT, née le 03/02/1961 ...")

``detect`` imports nothing of egide except the leaf module ``egide.errors``.
"""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.engine import Detector
from egide.detect.finding import Finding
from egide.detect.labels import CATEGORY, Label
from egide.detect.names.lexicon import common_words, fold
from egide.detect.names.medicines import medicine_names

__all__ = [
    "CATEGORY",
    "DetectConfig",
    "Detector",
    "Finding",
    "Label",
    "common_words",
    "fold",
    "medicine_names",
]
