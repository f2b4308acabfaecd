"""A rank, a title of nobility or an office right before a name is masked with the name
(:mod:`egide.detect.names.role_span`); titles of care stay beside it. All names are invented."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import assert_finds, parse_inline

DETECTOR = Detector()


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label.value == "NOM"]


@pytest.mark.parametrize(
    "marked",
    [
        "Le <NOM>général Campenaud</NOM> a passé les troupes en revue.",
        "On attendait le <NOM>lieutenant Pascalin</NOM> et le <NOM>capitaine Sadourel</NOM>.",
        "Le discours de <NOM>lord Beaconsby</NOM> fut bref.",
        "Le <NOM>comte de la Guairinière</NOM> est mort hier.",
        "Le <NOM>citoyen Victor Noiret</NOM> fut enterré à Neuilly.",
        # every occurrence, the ones propagation finds included
        "Le <NOM>colonel Bouscarel</NOM> arrive. Plus tard, le <NOM>colonel Bouscarel</NOM> repart.",
    ],
)
def test_a_rank_before_a_name_is_masked_with_it(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(DETECTOR.detect(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles of care stay readable beside the mask
        ("Vu par le Dr Martinaud ce matin.", ["Martinaud"]),
        ("Avis du docteur Funckel demandé.", ["Funckel"]),
        ("Revue par le professeur Papanel en consultation.", ["Papanel"]),
        # a rank that no name follows is no name
        ("Le président de la CME a signé la note.", []),
        ("Le général en chef a parlé.", []),
    ],
)
def test_titles_of_care_and_ranks_alone_stay(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
