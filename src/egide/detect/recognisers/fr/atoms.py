"""Regex atoms shared by the French recognisers, and the prefiltered pattern recogniser.

Every pattern that starts with a repeated class is anchored by a look-behind that forbids starting
inside a run of that class: that keeps each regex linear on adversarial input (a 50,000-digit run
is tried once, not 50,000 times). ``tests/detect/test_no_backtracking.py`` holds us to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from egide.detect.finding import Finding
from egide.detect.recogniser import PatternRecogniser

#: One optional separator between digits of a spaced, dotted or dashed number (« 2 54 03 69 »).
SEP = r"[ .\-]?"

#: A number starts at a word boundary and not right after « digit + separator », and ends likewise:
#: otherwise a phone number would be carved out of a spaced NIR, or a SIREN out of an IBAN. The
#: price: two numbers separated by a single space only (« 01 23 45 67 89 06 12 34 56 78 ») are
#: read as one longer number, which no recogniser of a fixed length claims.
NUM_START = r"(?<!\w)(?<!\d[ .\-])"
#: The same test written after the first character has been consumed. A pattern that starts with a
#: character class (« \d », « [1-478] ») lets the regex engine skip ahead to candidate characters,
#: which a leading look-behind prevents: twice as fast on clinical text.
AFTER_FIRST = r"(?<!\w.)(?<!\d[ .\-].)"
NUM_END = r"(?!\w)(?![ .\-]\d)"

#: Between a label word and its value: punctuation, « n° », « numéro », at most a few characters.
LABEL_FILLER = r"[\s:#=°º.\-]{0,6}(?:(?:n\s?[°º]|no\b|num(?:[ée]ro)?\b)[\s:#=°º.\-]{0,6})?"

#: Looser filler for unambiguous label words (« FINESS géographique : », « n° RPPS du prescripteur »):
#: any few characters that are not digits nor a line break.
WORDS_FILLER = r"[^\d\n]{0,30}?"


def digits_of(value: str) -> str:
    """The value without its separators (spaces, dots, dashes, slashes)."""
    return re.sub(r"[ .\-/]", "", value)


def keywords(words: Sequence[str]) -> str:
    """A case-insensitive alternation of label words, whole words only, longest first."""
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return r"(?<![^\W\d_])(?i:" + alternation + r")(?![^\W\d_])"


@dataclass(slots=True)
class PrefilteredRecogniser(PatternRecogniser):
    """A pattern recogniser that runs its regexes only when one of ``needles`` is in the text.

    Needles are lower-case substrings (« @ », « iban », « :// »): a text without any of them
    cannot contain a match, and ``in`` on a string is far cheaper than a regex scan.
    """

    needles: Sequence[str] = ()

    def find(self, text: str) -> Iterator[Finding]:
        if self.needles:
            lowered = text.lower()
            if not any(needle in lowered for needle in self.needles):
                return iter(())
        return PatternRecogniser.find(self, text)
