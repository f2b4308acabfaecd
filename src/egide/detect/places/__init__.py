"""Places: postal addresses, postcodes, communes, establishment names."""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.recogniser import Recogniser


def build_place_recognisers(config: DetectConfig) -> list[Recogniser]:
    return []
