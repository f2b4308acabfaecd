"""A date in figures dictated as its three numbers with a two-digit year, after « du » or « le »: « cro
du cinq douze vingt-six » for 05/12/26, « vu le trente et un trois vingt-cinq » for 31/03/25.

Speech-to-text writes what was said: « le cinq douze vingt-six » is « le 5/12/26 » read aloud. The year
with its century is :mod:`word_years`' (« vingt-cinq onze deux mille vingt-six »); this one has only
the two last digits, so it is read where a date is sure: « du » or « le » right before, a real day, a
month's number (one to twelve) and a year of this century up to thirty-nine, three numbers and no
fourth (« le deux trois quatre cinq » counts). A word or a punctuation mark must close it.
"""

from __future__ import annotations

from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY_WORD
from egide.detect.recognisers.fr.dates.base import is_valid_date, verbose
from egide.detect.recognisers.fr.dates.words import words_to_int

SCORE = 0.8

_W = r"[ \t-]+"
_MONTH_NUMBER_WORD = r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
# Twenty to thirty-nine: the years dictation meets (« vingt-six », « trente et un »).
_SHORT_YEAR = rf"(?:(?:vingt|trente)(?:{_W}(?:et{_W})?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf))?)"
# (no number word may follow: « le deux trois vingt-six quatre » is a series, no date)
_NOT_A_NUMBER_AFTER = r"(?![\w-])(?![ \t]+(?:et[ \t]+)?(?:z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)(?![\w]))"
DICTATED = verbose(
    rf"""(?i) (?<![\w-]) (?:du|le) [ \t]+
    (?P<date> (?P<day>{DAY_WORD}) [ \t]+ (?P<month>{_MONTH_NUMBER_WORD}) [ \t]+ (?P<year>{_SHORT_YEAR}) )
    {_NOT_A_NUMBER_AFTER}"""
)
# Every such date holds « vingt » or « trente » (its year): a text without either is skipped at once.
_NEEDLES = ("vingt", "trente")


class DictatedShortDateRecogniser:
    """DATE: day, month's number and two-digit year in words after « du » or « le »."""

    name = "fr_date_dictated_short"

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lower
        if not any(needle in low for needle in _NEEDLES):
            return
        text = doc.text
        for m in DICTATED.finditer(text):
            day, month = words_to_int(m["day"]), words_to_int(m["month"])
            if not is_valid_date(day, month, 2000 + words_to_int(m["year"])):
                continue
            yield Finding(m.start("date"), m.end("date"), Label.DATE, SCORE, self.name)
