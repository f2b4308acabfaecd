"""Words of bedside tests, scales and devices that look like names (issue 8, probe6 traps): an
eponymous test and its result (« Weber latéralisé à gauche »), a scale's acronym, the item it scores
and the score (« ESAS douleur 6/10 »), a device's brand after the device (« bande Biflex »), an
acronym beside an eponym (« mélanome SSM Breslow »). People with those names are still found."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "text",
    [
        "Audiogramme normal. Weber latéralisé à gauche, Rinne positif.",
        "Otoscopie normale, Weber indifférent, Rinne positif bilatéral.",
        "PPS 30 %, Karnofsky 30 %, ESAS douleur 6/10, fatigue 8/10.",
        "MIF motrice 58/91 ; HAD anxiété 12/21.",
        "pansement de l'ulcère refait (bande Biflex) ; TA 13/7.",
        "Plaie : pansement Urgostart, compresse Mepilex, matelas Nimbus.",
        "Mélanome SSM Breslow 1,2 mm, Clark IV, pT2a.",
    ],
)
def test_tests_scales_and_devices_stay(text: str) -> None:
    found = _DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    "marked",
    [
        "patient <NOM>Weber</NOM> positif au covid, isolement",
        "M. <NOM>Weber</NOM> positif au COVID",
        "Mme <NOM>MARTIN</NOM> douleur 6/10 ce matin",
        "vu avec Mme <NOM>Pansement</NOM> ce jour",
    ],
)
def test_people_with_those_names_are_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked, labels=["NOM"])
