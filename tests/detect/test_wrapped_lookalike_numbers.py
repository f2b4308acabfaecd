"""A number an OCR filled with look-alike letters and a narrow column cut over two lines (issue 8's
« retour à la ligne dans l'entité » on scanned text): « Tél : O6 12⏎48 77 3O ». Each line alone holds
too few real digits for its look-alikes to be read; the reading with the line break as a space reads
them, one character for one.

Synthetic text only (invented names and numbers).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

FOUND = [
    "Tél domicile : <TELEPHONE>O4\n78 62 15 9O</TELEPHONE>  Tél portable : <TELEPHONE>O6 12\n48 77 3O</TELEPHONE>",
    "Merci de nous rappeler au <TELEPHONE>O5\n55 26 14 81</TELEPHONE>.",
    "Sa sœur (<TELEPHONE>O6 7O\n21 48 39</TELEPHONE>) passe chaque jour.",
]

CLEAR = [
    "Bravo\nl'équipe, lot 12\nO2 de la liste.",
    "SpO2 98 %\nO2 2 l/min\nFiO2 30 %",
]


@pytest.mark.parametrize("marked", FOUND)
def test_the_wrapped_number_is_read_whole(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", CLEAR)
def test_codes_and_words_at_a_break_stay(text: str) -> None:
    assert not _DETECTOR.detect(text), text
