"""Words that are no names (issue 8, over-masking family): the greetings, thanks and sign-offs of letters
and messages written in another language (« Best regards, », « Trugarez », « Gracias »), and the field
labels of a lab's or a pharmacy's label (« Lot : », « Tri : »). The surnames that share their spelling
stay names after a title or a first name."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label in ("NOM", "PRENOM")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thank you for seeing her again.\nBest regards,\nOwen Price", "Best"),
        ("Gracias por todo, doctora.", "Gracias"),
        ("Trugarez bras evit ho skoazell.", "Trugarez"),
        ("Mit freundlichen Grüßen\nHelga Brandt", "Grüßen"),
        ("Tube EDTA — Préleveur : IDE   Lot : 77B   Tri : A", "Lot"),
    ],
)  # fmt: skip
def test_the_word_is_no_name(text: str, word: str) -> None:
    assert not any(word in found for found in _names(text)), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vu ce jour M. Albert Best, 67 ans, pour contrôle.", "Best"),
        ("Helga Brandt\nHelga Brandt, fille de la patiente", "Helga Brandt"),
    ],
)  # fmt: skip
def test_names_stay_names(text: str, name: str) -> None:
    assert any(name in found for found in _names(text)), _names(text)
