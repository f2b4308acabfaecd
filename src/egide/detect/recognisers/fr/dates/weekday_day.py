"""A weekday and a day number without the month: « sortie prévue lundi 22 », « rappel mardi 3 à 14 h ».

Within the weeks a note covers, a weekday and its day number point at one day as surely as « 22 mars »
does, and a note says it that way when the month goes without saying (« le bilan de jeudi 15 »).
Not a date: a weekday and a time or a count (« lundi 14 h », « mardi 3 comprimés », « jeudi 2 x ») nor
a weekday before a full date, which the month-name recogniser reads whole (« jeudi 15 mars »).
"""

from __future__ import annotations

from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY, FIRST, MONTH_NAME, UNIT_AFTER, WEEKDAY, WEEKDAYS
from egide.detect.recognisers.fr.dates.base import verbose

SCORE = 0.8

WEEKDAY_DAY = verbose(
    rf"""
    (?<![\w]) {WEEKDAY} [ \t]+ (?:le [ \t]+)? (?P<day>{FIRST}|{DAY})
    (?![\w]) (?![.,:][0-9]) (?![ \t]*[/.\-][ \t]*[0-9])  # not « lundi 22/03 », read by the numeric dates
    (?!{UNIT_AFTER}) (?![ \t]*(?:x|à[ \t]+[0-9]+[ \t]*(?:mg|g|ml|cp)))
    (?![ \t.\-/]*{MONTH_NAME}(?![\w]))
    """,
)
# Every weekday holds « di » once: ``str.find`` jumps from one « di » to the next (a regex alternation
# would test every position), and the pattern is tried where a weekday starts only.
_DAY_WORDS = tuple((word, word.find("di")) for word in WEEKDAYS)


def _weekday_starts(low: str) -> Iterator[int]:
    at = low.find("di")
    while at != -1:
        for word, offset in _DAY_WORDS:
            if at >= offset and low.startswith(word, at - offset):
                yield at - offset
                break
        at = low.find("di", at + 1)


class WeekdayDayRecogniser:
    """DATE: a weekday followed by a day number, the month left out."""

    name = "fr_date_weekday_day"

    def find(self, doc: Document) -> Iterator[Finding]:
        text, low = doc.text, doc.lowered
        starts = _weekday_starts(low) if low is not None else None
        matches = (
            WEEKDAY_DAY.finditer(text) if starts is None else (WEEKDAY_DAY.match(text, at) for at in starts)
        )
        for match in matches:
            if match is not None:
                yield Finding(match.start(), match.end("day"), Label.DATE, SCORE, self.name)


def build() -> WeekdayDayRecogniser:
    return WeekdayDayRecogniser()
