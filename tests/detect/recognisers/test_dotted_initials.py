"""Patients and donors named by dotted initials in a register (issue 8, tenth probe batch): after an
inclusion's code and a bracket, after « patient », « donneur », « receveur », after a screening number,
or before a birth year in brackets. Traps: dotted abbreviations elsewhere."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

_DETECTOR = Detector()


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label.value == "NOM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EIG — patient 12-031 (R.A.), homme de 67 ans, hospitalisé", ["R.A."]),
        ("S-01 L.M. éligible, inclus ; S-02 refus", ["L.M."]),
        ("screening : C.J.-P. (1958) non éligible", ["C.J.-P."]),
        ("proposition foie et reins du donneur B. K. (groupe O+, 29 ans)", ["B. K."]),
    ],
)
def test_the_initials_are_found(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "séjour aux U.S.A. puis retour",
        "la S.A. du laboratoire, capital de 40 000 euros",
        "selon la S.F.A.R., protocole validé",
        "cf. N.B. en bas de page",
    ],
)
def test_dotted_abbreviations_stay(text: str) -> None:
    assert _names(text) == []
