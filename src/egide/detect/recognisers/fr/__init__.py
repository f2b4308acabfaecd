"""French structured identifiers and dates, one recogniser per file."""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.recogniser import Recogniser
from egide.detect.recognisers.fr.dates import build_date_recognisers


def build_recognisers(config: DetectConfig) -> list[Recogniser]:
    """Every French pattern recogniser, configured for this site."""
    return [*build_date_recognisers(config)]
