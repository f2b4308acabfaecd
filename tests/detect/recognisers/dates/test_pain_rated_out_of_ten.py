"""A pain rated out of ten stays readable though a time follows it (issue 8: « douleur thoracique 4/10 à
1h » was masked as the 4th of October): a pain word, adjectives at most, then a value out of ten. A date
after a word of time or a participle (« douleur depuis 4/10 à 1h », « apparue le 2/10 ») is still one."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Box 4 : douleur thoracique 6/10 à 2h, ECG refait, troponine en cours.",
        "Céphalées frontales 7/10 à 15h malgré le paracétamol.",
        "Douleurs lombaires 3/10 à 6h, dort.",
        # a date after a word of time or a participle: still a date
        "Douleur thoracique depuis le <DATE>4/10</DATE> à 1h.",
        "Douleur apparue <DATE>2/10</DATE> à 22h, consulte ce matin.",
    ],
)
def test_pain_ratings_stay_readable_and_dates_are_masked(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
