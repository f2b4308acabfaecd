"""Site-configured IPP/NDA formats, matched anywhere as whole words."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from egide.detect import Detector
from egide.detect.config import DetectConfig, SitePattern
from egide.detect.document import Document
from egide.detect.recognisers.fr import build_structured_recognisers
from egide.detect.recognisers.fr.site_patterns import SitePatternRecogniser
from egide.errors import DetectionTimeout
from tests.detect.inline import assert_finds, parse_inline

PATTERNS = [SitePattern(label="IPP", regex=r"80\d{6}"), SitePattern(label="NDA", regex=r"[A-Z]{2}\d{8}")]
R = SitePatternRecogniser(PATTERNS)


@pytest.mark.parametrize(
    "marked",
    [
        "Patient <IPP>80012345</IPP> vu ce jour, séjour <NDA>HX23004567</NDA>.",
        "(<IPP>80999999</IPP>)",
        "Ref 800123456 et 180012345 et HX230045678",  # longer numbers are not the site format
    ],
)
def test_site_formats_are_found_as_whole_words(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(R.find(Document(text)), marked)


def test_site_patterns_are_built_only_when_configured() -> None:
    names = {r.name for r in build_structured_recognisers(DetectConfig())}
    assert "fr.site_patterns" not in names
    configured = build_structured_recognisers(DetectConfig(site_patterns=PATTERNS))
    assert "fr.site_patterns" in {r.name for r in configured}


def test_an_invalid_regex_is_refused_by_the_configuration() -> None:
    with pytest.raises(ValidationError):
        SitePattern(label="IPP", regex="80(\\d{6}")
    with pytest.raises(ValidationError):
        SitePattern(label="PATIENT", regex="80\\d{6}")


def test_a_catastrophic_site_pattern_fails_closed_instead_of_hanging() -> None:
    # « (a|aa)+b » backtracks exponentially on « aaaa… » (no b): without a time limit it runs for ages.
    config = DetectConfig(site_patterns=[SitePattern(label="IPP", regex="(a|aa)+b")], timeout_ms=50)
    hostile = "a" * 60
    with pytest.raises(DetectionTimeout):
        Detector(config).detect(hostile)


def test_a_site_pattern_within_its_budget_still_matches() -> None:
    recogniser = SitePatternRecogniser([SitePattern(label="NDA", regex="(a+)+b")], timeout_s=1.0)
    assert [(f.start, f.end, f.label) for f in recogniser.find(Document("x aab y"))] == [(2, 5, "NDA")]
