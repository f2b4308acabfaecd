"""A postcode dictated in words after its label (issue 8, seventh probe batch's family: « code postal
quarante-deux quatre cents »), as a voice-typed note writes it. Traps: one number word alone, a tablet
(« cp ») in lower case."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "CODE_POSTAL"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dictée : il vit à Brest, code postal vingt-neuf deux cents, seul.", "vingt-neuf deux cents"),
        ("Adresse dictée, CP : soixante-neuf mille trois, Lyon", "soixante-neuf mille trois"),
        # the label in capitals or capitalised: the scan is asked wherever « CP » or « postal » stands
        ("DOMICILE DICTÉ, CODE POSTAL : vingt-neuf deux cents, Brest", "vingt-neuf deux cents"),
        ("Dictée. Code Postal quarante-deux quatre cents, Saint-Étienne.", "quarante-deux quatre cents"),
    ],
)
def test_the_dictated_postcode_is_found(text: str, expected: str) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    ["Le code postal deux fois erroné sur la carte.", "Doliprane 1 cp trois fois par jour si douleur."],
)
def test_no_postcode(text: str) -> None:
    assert _found(text) == []
