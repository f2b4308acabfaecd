"""The shape shared by the date recognisers: one combined regex, a check on each match, one label.

Unlike :class:`egide.detect.recogniser.PatternRecogniser`, the check receives the whole match (its
named groups: day, month, year), because a date is valid or not as a whole (« 31/02 » is not).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from egide.detect.finding import Finding

#: Returns the score of a match, or None to drop it.
MatchCheck = Callable[[re.Match[str]], float | None]


@dataclass(frozen=True, slots=True)
class MatchRecogniser:
    """Report ``group`` of every match of ``regex`` that ``check`` accepts, with ``label``.

    ``prefilter`` is a cheap regex that must occur in the text for the main one to run at all.
    """

    name: str
    label: str
    regex: re.Pattern[str]
    check: MatchCheck
    group: str | int = 0
    prefilter: re.Pattern[str] | None = None

    def find(self, text: str) -> Iterator[Finding]:
        if self.prefilter is not None and self.prefilter.search(text) is None:
            return
        for match in self.regex.finditer(text):
            start, end = match.span(self.group)
            if start >= end:
                continue
            score = self.check(match)
            if score is not None:
                yield Finding(start, end, self.label, score, self.name)


def full_year(year: str) -> int:
    """« 61 » -> 1961, « 19 » -> 2019: two-digit years pivot at 30 (clinical history spans a century)."""
    value = int(year)
    if len(year) == 4:
        return value
    return 2000 + value if value < 30 else 1900 + value


def is_valid_date(day: int, month: int, year: int | None) -> bool:
    """True when day/month(/year) is a real calendar day (29 February only in leap years)."""
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 is a leap year
    except ValueError:
        return False
    return True


def verbose(pattern: str, *, ignore_case: bool = True) -> re.Pattern[str]:
    """Compile a verbose pattern built from the atoms."""
    return re.compile(pattern, re.VERBOSE | (re.IGNORECASE if ignore_case else 0))
