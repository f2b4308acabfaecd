"""Four digits after a verb of calling: an internal extension (a TELEPHONE), never a date that lost its
separators; the national helplines a note tells a patient to call stay readable."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Idées noires : lui rappeler qu'elle peut appeler le 3114 jour et nuit.",
        "Violences conjugales évoquées, numéro remis : composer le 3919, ou le 3977 pour sa mère.",
        "Pharmacie de garde : appeler le 3237. Médecin de garde le week-end : le 3966.",
        "Sevrage tabagique : Tabac info service au 3989.",
        # a number dialled is an extension, whatever its first digit
        "Cadre joignable au <TELEPHONE>4718</TELEPHONE> jusqu'à 17 h.",
        "Interne à rappeler le <TELEPHONE>3152</TELEPHONE> après la visite.",
        "Contacter au <TELEPHONE>2306</TELEPHONE> le secrétariat.",
        # every verb of calling of ``calling.py``, for the extension as for the date it is not
        "Merci de composer le <TELEPHONE>4521</TELEPHONE> pour le bloc.",
        "Vous pouvez téléphoner au <TELEPHONE>45 21</TELEPHONE> la nuit.",
        "Contactez le <TELEPHONE>3110</TELEPHONE> en cas de souci.",
        "Joignez le <TELEPHONE>45213</TELEPHONE> si besoin ; rappelez le <TELEPHONE>1203</TELEPHONE> demain.",
        # a date that lost its separators is still one after « le » without a verb of calling
        "Revue en consultation le <DATE>3110</DATE> à 14 h.",
    ],
)
def test_helplines_and_numbers_dialled(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked)
