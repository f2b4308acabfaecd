"""French clinical de-identification: findings from text.

Public API::

    from egide.detect import Detector, DetectConfig, Finding
    detector = Detector(DetectConfig())
    findings = detector.detect("Mme Jeanne DUPONT, née le 03/02/1961 ...")

``detect`` imports nothing of egide except the leaf module ``egide.errors``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from egide.detect.config import DetectConfig
from egide.detect.finding import Finding
from egide.detect.labels import Label

if TYPE_CHECKING:
    from egide.detect.engine import Detector

__all__ = ["DetectConfig", "Detector", "Finding", "Label"]


def __getattr__(name: str) -> object:
    # The engine (word lists, patterns, classifier) is imported on first use only: reading the
    # settings, which include ``DetectConfig``, must not cost every command the engine's import.
    if name == "Detector":
        from egide.detect.engine import Detector

        return Detector
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
