"""Six-digit phone numbers of New Caledonia and Wallis and Futuna (issue 8, tenth probe batch): with
their country code, or after a phone cue. Traps: three pairs of digits anywhere else."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

_DETECTOR = Detector()


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label.value == "TELEPHONE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("accompagnant : son fils, tél (687) 78.41.26.", "(687) 78.41.26"),
        ("famille joignable au 75 21 48.", "75 21 48"),
        ("Dossier CAFAT, Nouméa, tél 27.44.18. Prise en charge", "27.44.18"),
        ("rappeler le +681 72 14 08 (Mata-Utu)", "+681 72 14 08"),
    ],
)
def test_the_phone_is_found(text: str, expected: str) -> None:
    assert _phones(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "TA 12 08 75 aux deux bras",
        "scores 12 13 14 à J1, J2, J3",
        "prélèvements à 08.15.30 puis à 09.15.30",
        "dose 10 10 10 mg",
    ],
)
def test_no_phone_without_a_cue(text: str) -> None:
    assert _phones(text) == []
