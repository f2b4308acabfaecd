"""What a new user tripped on (issue 14, « Precision slips »), as families with their traps."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        # a capitalised word opening a line is not a name
        "Rendez-vous le <DATE>12/03/2025</DATE> avec le cardiologue.",
        "Rendez-vous pris en consultation d'anesthésie.",
        # a duty after a title is not a name
        "Docteur de garde prévenu, pas de modification du traitement.",
        # a letter's dateline is a place and a date
        "<VILLE>Rouen</VILLE>, le <DATE>3 mars 2025</DATE>",
        # the year of an event in a history
        "Antécédents : HTA (diagnostic <DATE>2014</DATE>, traitée).",
        # a member number with its label, whatever its length, never passes
        "Mutuelle : n° adhérent <IDENTIFIANT>1234567</IDENTIFIANT>.",
    ],
)
def test_precision_slips(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked)
