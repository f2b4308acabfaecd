"""Six-digit telephone numbers, as New Caledonia and Wallis and Futuna dial them: « (687) 78.41.26 »,
« +687 27 44 18 », « tél 27.44.18 », « joignable au 75 21 48 ».

Three pairs of digits are everywhere in clinical text (« TA 12 08 75 », scores, doses): the number is
a phone only with its country code (687 for New Caledonia, 681 for Wallis and Futuna), or right after
a phone cue (« tél », « portable », « joignable au », « appeler au », « numéro »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

# The country code, written « +687 », « 00687 », « (687) » or « (+687) », then three pairs.
_PREFIXED = re.compile(r"(?:\(\+?|\+|00)68[17]\)?[ .]?[0-9]{2}[ .][0-9]{2}[ .][0-9]{2}(?![\w]|[ .,][0-9])")
# Three pairs alone; the cue before them is checked in code. Starts on a digit, which ``re`` jumps to
# (« [0-9][0-9] », not « [0-9]{2} »: ``re`` skips ahead only to a class or a literal, never to a repeat).
_PAIRS = re.compile(r"[0-9][0-9]([ .])[0-9]{2}\1[0-9]{2}(?![\w]|[ .,/:][0-9])")
_CUE_BEFORE = re.compile(
    r"(?<![\w])(?i:t[ée]l(?:[ée]phone)?|portable|mobile|fixe|joignable[ \t]+au|(?:r?appeler|joindre)[ \t]+au"
    r"|num[ée]ro)\.?[ \t]*:?[ \t]*$"
)
_REACH = 24


class SixDigitPhoneRecogniser:
    """TELEPHONE: a six-digit number of New Caledonia or Wallis and Futuna."""

    name = "fr.six_digit_phone"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "68" in text:
            for m in _PREFIXED.finditer(text):
                yield Finding(m.start(), m.end(), Label.TELEPHONE, 0.85, self.name)
        for m in _PAIRS.finditer(text):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "+.,/:-"):
                continue
            if _CUE_BEFORE.search(text, max(0, start - _REACH), start):
                yield Finding(start, m.end(), Label.TELEPHONE, 0.75, self.name)


def build() -> SixDigitPhoneRecogniser:
    return SixDigitPhoneRecogniser()
