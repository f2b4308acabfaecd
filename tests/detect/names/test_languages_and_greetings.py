"""Words of a request or a message stay readable (issue 8): a language named in English in a prompt
(« write it in French », « into English »), the triage scale FRENCH, the greeting of a phone message
(« Allô, … »). A person with the same name after a title, and the caller's name, are still masked."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Please write this discharge summary in French for the GP.",
        "Traduis en anglais — translate into English for his daughter.",
        "FRENCH : tri 3, installé en salle d'attente couchée.",
        "Message laissé à 21 h : « Allô, ici <NOM>Josiane</NOM>, la fille de la patiente »",
        "Avis du Dr <NOM>French</NOM>, radiologue.",
    ],
)
def test_languages_and_greetings_stay_readable(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
