"""Dates, dates of birth and ages of 90 and over, one recogniser per file."""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.recogniser import Recogniser


def build_date_recognisers(config: DetectConfig) -> list[Recogniser]:
    return []
