"""The day alone of a meeting, a shift or a round that heads a list: « staff du 25 : », « RCP du 3 »,
« relève du 12, », « garde du 8⏎ ».

A list from a staff meeting, an on-call shift or a handover is headed by its day, the month going
without saying for those who were there; the day dates every patient of the list as « le 25 » would.
After one of these words and « du », a day from 1 to 31 that ends the heading (a colon, a comma, a
bracket or the line's end) is the date; not a day that a month, a number or any other word follows
(the other date recognisers read « staff du 25 novembre » whole; « garde du 8 au 9 » is a range).

A week is named the same way by its first day, in a sentence as well as in a heading (« un créneau la
semaine du 14. », « semaine du 3 au 9 : ») : after « semaine(s) du », a day that no month, unit, time or
other number follows is the date, and so is the day that closes its range (« au 9 »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import MONTH_NAME, UNIT_AFTER
from egide.detect.recognisers.fr.dates.base import verbose

MEETING_DAY = verbose(
    r"""
    (?<![\w-]) (?:staff|rcp|réunion|reunion|relève|releve|transmissions?|garde|astreinte|visite|planning
                 |programme|liste|point)
    [ \t]+ du [ \t]+ (?P<day>[0-9]{1,2}|1er) (?![\w/.\-]|,[0-9])
    (?= [ \t]* (?: [:,)] | \n | $ ) )
    """
)
WEEK_OF_DAY = verbose(
    rf"""
    (?<![\w-]) semaines? [ \t]+ du [ \t]+ (?P<day>[0-9]{{1,2}}|1er) (?![\w/\-]|[.,][0-9])
    (?: [ \t]+ au [ \t]+ (?P<last>[0-9]{{1,2}}) (?![\w/\-]|[.,][0-9]) )?
    (?! [ \t]* (?:{MONTH_NAME}|[0-9]) ) (?!{UNIT_AFTER})
    """
)
# On the lower-cased text: « du » and a digit, without which nothing is read.
_NEEDLE = " du "
# What both patterns hold (« du », blanks, the day's first digit; « du » in any case, read here on the
# lower-cased text): a text without it is not scanned. It opens on a literal, which ``re`` skips to
# fast; the patterns open on a look-behind and a dozen words, tried at each of their first letters.
_DU_DAY = re.compile(r"du[ \t]+[0-9]")


class MeetingDayRecogniser:
    """DATE: the day alone after a meeting's or a shift's word and « du », heading a list."""

    name = "fr_date_meeting_day"

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lowered if doc.lowered is not None else doc.text.lower()
        if _NEEDLE not in low or _DU_DAY.search(low) is None:
            return
        # (tried where a meeting's word can begin only: same matches, the look-behind and the
        # case-insensitive words no longer tried at every character of the text)
        for m in finditer(MEETING_DAY, doc.text):
            day = m["day"]
            if day == "1er" or 1 <= int(day) <= 31:
                yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.75, self.name)
        if "semaine" not in low:
            return
        for m in finditer(WEEK_OF_DAY, doc.text):
            for group in ("day", "last"):
                day = m[group]
                if day is not None and (day == "1er" or 1 <= int(day) <= 31):
                    yield Finding(m.start(group), m.end(group), Label.DATE, 0.75, self.name)
