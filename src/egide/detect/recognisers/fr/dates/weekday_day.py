"""A weekday and a day number without the month: « sortie prévue lundi 22 », « rappel mardi 3 à 14 h ».

Within the weeks a note covers, a weekday and its day number point at one day as surely as « 22 mars »
does, and a note says it that way when the month goes without saying (« le bilan de jeudi 15 »).
Not a date: a weekday and a time or a count (« lundi 14 h », « mardi 3 comprimés », « jeudi 2 x »).

A weekday also makes a date of a day and a month in numbers that alone could be a fraction or a score
(« lundi 9/12 »: nothing else reads it), and it belongs to the date it opens: a schedule, a text message
or a dialysis sheet abbreviates it (« mer 9 avril », « mer. 12/03 », « merc. 5 », « ven 14/03 »), and
the abbreviation is part of the date as the full word is (« jeudi 15 mars »). An abbreviation is only
read with its dot, before a month or after a word that says when (« mar 3 » may be anything; « mar. 3 »,
« mar 3/06 », « demain sam 5 » are dates), or heading a line of a roster or a planning, its day then
closed by a colon, a dash or a bar before the line's content (« lun 7 : Dr … », « jeu 10 — bloc »), when
another line of the text is headed the same way (a roster lists days): there « mar » is no March (a month
alone opens no roster line) and « mer » no sea. Two more places make an abbreviation a weekday: the
second end of a range whose first end is one (« sam 5 – dim 6 », « ven 4 au dim 6 »: a week-end on
call), and a day followed by a time of day (« IRM1 lun 14 8h DUPONT », « jeu 5 14h30 »: a schedule's
slot; no sea nor month is followed by an hour).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.recognisers.fr.dates.atoms import DAY, FIRST, MONTH_NAME, UNIT_AFTER, WEEKDAY, WEEKDAYS
from egide.detect.recognisers.fr.dates.base import verbose

SCORE = 0.8

# Abbreviations that are also other words' (« vend. », sold): glued to a day, only with its month.
_ALSO_WORDS = frozenset({"vend", "ven"})
# Abbreviated weekdays, as schedules write them.
_WEEKDAY_ABBREVIATION = r"(?:lun|mar|mer|merc|jeu|ven|vend|sam|dim)"
# « /12 », « .03.2025 », « / 06 / 25 »: the month in numbers after the day, maybe a year.
_NUMERIC_MONTH = r"[ \t]*[/.][ \t]*(?:0?[1-9]|1[0-2])(?:[ \t]*[/.][ \t]*(?:[0-9]{4}|[0-9]{2}))?(?![\w/])"
WEEKDAY_DAY = verbose(
    rf"""
    (?<![\w]) (?:{WEEKDAY}|(?P<abbreviation>{_WEEKDAY_ABBREVIATION})(?P<dot>\.)?)
    (?: [ \t]+ | (?<=\.) ) (?:le [ \t]+)?  # (the abbreviation's dot may be glued: « mer.12/03 »)
    (?P<day>{FIRST}|{DAY})
    (?: (?P<month>{_NUMERIC_MONTH})
      | (?P<named>(?=[ \t.\-/]*{MONTH_NAME}(?![\w])))  # read whole with the month-name dates
      | (?![\w]) (?![.,:][0-9]) (?![ \t]*[/.\-][ \t]*[0-9])
        (?!{UNIT_AFTER}) (?![ \t]*(?:x|à[ \t]+[0-9]+[ \t]*(?:mg|g|ml|cp))) )
    """,
)
# Every weekday holds « di » once: ``str.find`` jumps from one « di » to the next (a regex alternation
# would test every position), and the pattern is tried where a weekday starts only.
_DAY_WORDS = tuple((word, word.find("di")) for word in WEEKDAYS)


# A word that says when right before an abbreviation and its day (« demain sam 5 », « sortie prévue
# jeu 11 », « RDV le mar 3 », « prochain passage lun 7 »): the abbreviation is a weekday there, as its dot or its month would say.
_WHEN_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:demain|apr[èe]s-demain|hier|avant-hier|aujourd['’]hui|d[èe]s|jusqu['’](?:à|au)|depuis"
    r"|le|du|au|pour|prévue?|prevue?|sortie|rdv|rendez-vous"
    # the next visit of a home-care or HAD nurse (« Prochain passage lun 7 », « prochaine visite jeu 10 »)
    r"|passage|visite|prochaine?)[ \t]*[,:]?[ \t]*$"
)
# Where an abbreviation may open a date: the abbreviation, maybe its dot, and a digit. Tried only
# where one of the abbreviations starts (each found by a literal search: a pattern opening on their
# first letters would be tried at most letters of the text).
# A roster's line head: the abbreviation and its day open the line (maybe after a bullet), and a colon,
# a dash or a bar closes the day before what the line says of it.
_LINE_HEAD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·][ \t]*)?$")
_LINE_HEAD_AFTER = re.compile(r"[ \t]*(?::(?![0-9])|[—–|]|-[ \t])")
# Every line of the text headed by a weekday (abbreviated or not) and its day, the way a roster's are.
_ROSTER_LINE = re.compile(
    rf"(?im)^[ \t]*(?:[-*•·][ \t]*)?(?:{WEEKDAY}|{_WEEKDAY_ABBREVIATION}\.?)[ \t]+[0-9]{{1,2}}(?:er)?"
    r"[ \t]*(?::(?![0-9])|[—–|]|-[ \t])"
)
# Between the two ends of a range of days (« sam 5 – dim 6 », « lun 3 au ven 7 », « sam 5/dim 6 »).
_RANGE_LINK = re.compile(r"[ \t]*(?:[-–—/]|→|->|au|à|et)[ \t]*")
# A time of day right after the day: « lun 14 8h », « jeu 5 14h30 », « mar 3 à 9 h », « ven 7 10:30 ».
_TIME_AFTER = re.compile(
    r"[ \t]+(?:à[ \t]+)?(?:[01]?[0-9]|2[0-3])(?:[ \t]?[hH](?:[ \t]?[0-5][0-9])?|:[0-5][0-9])(?![\w:])"
)
_ABBREVIATION_START = re.compile(rf"{_WEEKDAY_ABBREVIATION}(?:\.[ \t]*|[ \t]+)(?:le[ \t]+)?[0-9]")
_ABBREVIATIONS = Needles(("lun", "mar", "mer", "jeu", "ven", "sam", "dim"))


def _weekday_starts(low: str) -> Iterator[int]:
    starts = set()
    at = low.find("di")
    while at != -1:
        for word, offset in _DAY_WORDS:
            if at >= offset and low.startswith(word, at - offset):
                starts.add(at - offset)
                break
        at = low.find("di", at + 1)
    for at in _ABBREVIATIONS.starts(low):
        if (at == 0 or not low[at - 1].isalnum()) and _ABBREVIATION_START.match(low, at):
            starts.add(at)
    return iter(sorted(starts))


class WeekdayDayRecogniser:
    """DATE: a weekday followed by a day number, the month left out."""

    name = "fr_date_weekday_day"

    def find(self, doc: Document) -> Iterator[Finding]:
        text, low = doc.text, doc.lowered
        starts = _weekday_starts(low) if low is not None else None
        matches = (
            WEEKDAY_DAY.finditer(text) if starts is None else (WEEKDAY_DAY.match(text, at) for at in starts)
        )
        roster: bool | None = None  # whether two lines or more are headed by a weekday and its day
        last_end = -1  # where the last weekday date ended: a range's second end follows it
        for match in matches:
            if match is None:
                continue
            if (
                match["abbreviation"]
                and not match["dot"]
                and match["month"] is None
                and match["named"] is None
                and _WHEN_BEFORE.search(text, max(0, match.start() - 16), match.start()) is None
                and not _ends_a_range(text, last_end, match.start())
                and _TIME_AFTER.match(text, match.end("day")) is None
            ):
                if not _roster_head(text, match):
                    continue  # « mar 3 », « sam 12 »: an abbreviation alone says no weekday
                if roster is None:
                    roster = len(_ROSTER_LINE.findall(text, 0, len(text))) >= 2
                if not roster:
                    continue  # a line alone so headed is no roster
            if (
                match["dot"]
                and match["month"] is None
                and match.end("dot") == match.start("day")
                and match["abbreviation"].lower() in _ALSO_WORDS
            ):
                continue  # « vend.3 d'avril »: glued, « vend. » is also « vendu » in a ledger
            end = match.end("month") if match["month"] is not None else match.end("day")
            last_end = end
            yield Finding(match.start(), end, Label.DATE, SCORE, self.name)


def _ends_a_range(text: str, last_end: int, start: int) -> bool:
    """« sam 5 – dim 6 »: only a range's link lies between the weekday date before and ``start``."""
    if last_end < 0 or start - last_end > 6:
        return False
    link = _RANGE_LINK.match(text, last_end, start)
    return link is not None and link.end() == start


def _roster_head(text: str, match: re.Match[str]) -> bool:
    """« lun 7 : Dr … » at the head of a line, the day closed by a colon, a dash or a bar."""
    return (
        _LINE_HEAD_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
        and _LINE_HEAD_AFTER.match(text, match.end("day")) is not None
    )


def build() -> WeekdayDayRecogniser:
    return WeekdayDayRecogniser()
