"""E-mail addresses dictated and transcribed word for word (issue 8, probe6): « point », « tiret »,
« arobase » in words. Traps: « point » and « arobase » in prose."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "dont l'adresse mail est <EMAIL>sandrine point abgrall arobase orange point fr</EMAIL> point",
        "écrire à <EMAIL>j tiret dupont arobase chu tiret rennes point fr</EMAIL> merci",
        "son mail <EMAIL>marc tiret bas leroy arobase gmail point com</EMAIL> nouveau paragraphe",
        "contact <EMAIL>secretariat point cardio arobase ch tiret vannes point fr</EMAIL>",
    ],
)
def test_a_dictated_address_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked, labels=["EMAIL"])


@pytest.mark.parametrize(
    "text",
    [
        "le point important arobase est à revoir",
        "point à la ligne deux points conclusion point",
        "le signe arobase n'est pas reconnu par le logiciel point",
        "faire le point avec la famille point fr",
    ],
)
def test_dictated_prose_stays(text: str) -> None:
    assert not [f for f in _DETECTOR.detect(text) if f.label == "EMAIL"]
