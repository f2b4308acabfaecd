"""An English weekday and a day number, the month left out: « admitted on Saturday 28th », « seen on
Monday the 3rd », « discharge Tuesday 14 ».

A letter or a message from abroad, or its translation asked of the assistant, dates a stay within the
weeks it covers as the French « samedi 28 » does (:mod:`.weekday_day`). English weekdays are
capitalised: the pattern is case-sensitive. Not a date: a weekday and a time or a count (« Monday 2
pm », « Friday 3 doses », « Sunday 10:30 »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY, UNIT_AFTER

ENGLISH_WEEKDAY_DAY = re.compile(
    rf"""
    (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day ,? [ \t]+ (?:the [ \t]+)?
    (?P<day>{DAY}) (?P<ordinal>st|nd|rd|th)? (?![\w]) (?![.,:][0-9])
    (?! [ \t]* (?:[0-9]|[ap]\.?m\b|h\b|hours?|doses?|times|tablets?|pills?|x\b) ) (?!{UNIT_AFTER})
    """,
    re.VERBOSE,
)
# Every English weekday ends in « day » followed by a space, a comma or a tab.
_NEEDLE = "day"


class EnglishWeekdayDayRecogniser:
    """DATE: an English weekday followed by a day number, maybe ordinal."""

    name = "fr_date_english_weekday_day"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if _NEEDLE not in text:
            return
        for m in ENGLISH_WEEKDAY_DAY.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue
            yield Finding(m.start(), m.end(), Label.DATE, 0.8, self.name)


def build() -> EnglishWeekdayDayRecogniser:
    return EnglishWeekdayDayRecogniser()
