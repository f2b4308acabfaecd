"""A stay's number after the banner's abbreviation « Séj. », printed as a short group, a code of letters
and a long group (issue 8, thirteenth probe batch: « Séj. 26 HA 001742 », the year, the kind of stay, the
number). Trap: a duration after the same abbreviation."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MARCHAL PAULINE\nSéj. 25 HC 004187\nUnité 3B", "25 HC 004187"),
        ("Patient : Roux Igor — séj 2024 AMB 10342 — lit 4", "2024 AMB 10342"),
    ],
)
def test_the_stay_number_is_found(text: str, expected: str) -> None:
    assert expected in _found(text, "NDA")


def test_a_duration_is_no_stay_number() -> None:
    assert _found("Séj. 12 jours en SSR, puis retour à domicile.", "NDA") == []
