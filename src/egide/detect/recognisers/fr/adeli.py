"""ADELI: the older 9-digit number of health professionals, found only after its label.

Nine bare digits are too common (and collide with SIREN and FINESS) to be claimed without
« ADELI » in front of them.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import NUM_END, SEP, WORDS_FILLER, PrefilteredRecogniser, keywords

_ADELI = re.compile(keywords(["adeli"]) + WORDS_FILLER + rf"(?P<value>\d(?:{SEP}\d){{8}})" + NUM_END)


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.adeli",
        label=Label.ADELI,
        patterns=[Pattern("adeli-labelled", _ADELI, 0.85, group="value")],
        needles=("adeli",),
    )
