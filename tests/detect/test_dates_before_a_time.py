"""A date written without separators, or one digit per box, then a time (issue 8, the perturbation
suite's boxed digits): the hour's digits are the time's, not the end of a number. The phone and
unexplained-number readers took them (« 0 5 0 1 2 0 2 6 11 » read as a phone number, « 25112026 08 »
as a stay's number), the date then lost to a longer, surer finding. All values are invented."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect import Detector
from tests.detect.inline import parse_inline


@cache
def _detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Demande n° 3712004518   Prélevé le <DATE>14102025</DATE> 07:55",
        "N° demande : 3 7 1 2 0 0 4 5 1 8   Prélevé le <DATE>1 4 1 0 2 0 2 5</DATE> 07:55",
        "Télécopie reçue le <DATE>0 9 0 3 2 0 2 5</DATE> 16:05 — DE : EHPAD Les Glycines",
        "TRANSMIS PAR FAX - <DATE>2 2 0 9 2 0 2 5</DATE> 10:48 - P.1/2",
        "N° passage : U2 5 0 9 4 4 1 7   Arrivée : <DATE>0 7 0 6 2 0 2 5</DATE> 23:10",
    ],
)
def test_a_compact_or_boxed_date_then_a_time(marked: str) -> None:
    text, spans = parse_inline(marked)
    findings = _detector().detect(text)
    ((start, end, _),) = spans
    assert any(f.label == "DATE" and f.start <= start and end <= f.end for f in findings), (
        text,
        [(f.label, text[f.start : f.end]) for f in findings],
    )
    hour = text.index(":", end) - 2
    assert not any(f.start <= hour < f.end for f in findings), "the time's hour was taken into a number"


@pytest.mark.parametrize(
    "text",
    ["Tél. standard : 05 09 03 20 25", "Rappeler le 0 5 0 9 0 3 2 0 2 5 après 14 h"],
)
def test_a_phone_number_without_a_time_stays_a_phone_number(text: str) -> None:
    assert any(f.label == "TELEPHONE" for f in _detector().detect(text)), text
