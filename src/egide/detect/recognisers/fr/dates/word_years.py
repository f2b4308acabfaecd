"""Years alone dictated in words, where the words before them make them years, as the digits are read
(:mod:`years`): « opérée en deux mille dix-neuf », « suivi depuis mille neuf cent quatre-vingt-dix »,
« diagnostic dix-neuf cent quatre-vingt-cinq ».

A year in words always opens on « mille neuf cent », « mil neuf cent », « dix-neuf cent » or « deux
mille »; « deux mille » is also a quantity (« deux mille unités »), so a year cue is wanted before it
(the cue of a year in digits: « en », « depuis », « né », « opération »…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import YEAR_WORD
from egide.detect.recognisers.fr.dates.base import verbose
from egide.detect.recognisers.fr.dates.words import words_to_int
from egide.detect.recognisers.fr.dates.years import YEAR_CUE

SCORE = 0.85

_YEAR_WORDS = verbose(rf"(?<![\w-]){YEAR_WORD}(?![\w-])")
# Every year in words holds « mil » or « cent »: looked for on the lower-cased text first.
_PREFILTER = re.compile(r"mil|cent")
_WINDOW = 40


class WordYearRecogniser:
    """DATE: a year written in words after a year cue."""

    name = "fr_date_word_year"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered
        if low is not None and _PREFILTER.search(low) is None:
            return
        for m in _YEAR_WORDS.finditer(text):
            if not 1900 <= words_to_int(m.group()) <= 2099:
                continue
            if YEAR_CUE.search(text, max(0, m.start() - _WINDOW), m.start()) is None:
                continue
            yield Finding(m.start(), m.end(), Label.DATE, SCORE, self.name)
