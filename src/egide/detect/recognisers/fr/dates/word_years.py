"""Years alone dictated in words, where the words before them make them years, as the digits are read
(:mod:`years`): « opérée en deux mille dix-neuf », « suivi depuis mille neuf cent quatre-vingt-dix »,
« diagnostic dix-neuf cent quatre-vingt-cinq ».

A year in words always opens on « mille neuf cent », « mil neuf cent », « dix-neuf cent » or « deux
mille »; « deux mille » is also a quantity (« deux mille unités »), so a year cue is wanted before it
(the cue of a year in digits: « en », « depuis », « né », « opération »…).

Dictation reads a date in figures as its numbers (« le vingt-cinq onze deux mille vingt-six » for
25/11/2026): a day and a month in words (the month's number, one to twelve) before a year in words make
one date, from the day on, whatever comes before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY_WORD, YEAR_WORD
from egide.detect.recognisers.fr.dates.base import verbose
from egide.detect.recognisers.fr.dates.words import words_to_int
from egide.detect.recognisers.fr.dates.years import YEAR_CUE

SCORE = 0.85

_YEAR_WORDS = verbose(rf"(?<![\w-]){YEAR_WORD}(?![\w-])")
# Every year in words holds « neuf cent » or « deux mille » (a space or a hyphen between): looked for
# as literals on the lower-cased text first (a pattern would be tried at every position).
_NEEDLES = ("neuf cent", "neuf-cent", "deux mille", "deux-mille")
_WINDOW = 40
# A day and a month's number in words right before the year (« vingt-cinq onze », « premier trois »).
_MONTH_NUMBER_WORD = r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
_DAY_MONTH_BEFORE = verbose(rf"(?<![\w-])(?P<day>{DAY_WORD})[ \t]+(?P<month>{_MONTH_NUMBER_WORD})[ \t]+$")
# « mille » or « dix-neuf » before the needle « neuf cent »; « quatre-vingt-dix-neuf » after it.
_BEFORE_NEEDLE = 8
_AFTER_NEEDLE = 60


class WordYearRecogniser:
    """DATE: a year written in words after a year cue."""

    name = "fr_date_word_year"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered
        if low is None:
            matches: Iterator[re.Match[str]] = _YEAR_WORDS.finditer(text)
        else:
            # the year is read around each needle only (« mille » before « neuf cent »: a few letters)
            hits = sorted(at for needle in _NEEDLES for at in _occurrences(low, needle))
            if not hits:
                return
            matches = _around(text, hits)
        for m in matches:
            if not 1900 <= words_to_int(m.group()) <= 2099:
                continue
            dictated = _DAY_MONTH_BEFORE.search(text, max(0, m.start() - _WINDOW), m.start())
            if dictated is not None and 1 <= words_to_int(dictated["day"]) <= 31:
                yield Finding(dictated.start(), m.end(), Label.DATE, SCORE, self.name)
                continue
            if YEAR_CUE.search(text, max(0, m.start() - _WINDOW), m.start()) is None:
                continue
            yield Finding(m.start(), m.end(), Label.DATE, SCORE, self.name)


def _occurrences(low: str, needle: str) -> Iterator[int]:
    at = low.find(needle)
    while at >= 0:
        yield at
        at = low.find(needle, at + 1)


def _around(text: str, hits: list[int]) -> Iterator[re.Match[str]]:
    """The years in words that hold one of the needles at ``hits``, each once."""
    done = 0
    for at in hits:
        for m in _YEAR_WORDS.finditer(text, max(done, at - _BEFORE_NEEDLE), at + _AFTER_NEEDLE):
            if m.start() <= at < m.end():
                done = m.end()
                yield m
                break
