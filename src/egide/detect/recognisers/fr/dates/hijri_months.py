"""Dates of the Hijri calendar: a day, then a month of the Islamic year, maybe its year (« décédé le 3 rabi'
al-awwal », « le 27 ramadan 1446 », « 1er chawwal »).

Families write to the ward in their calendar, and an interpreter translates their letter keeping it
(issue 8, the tenth batch's letter of thanks): the day of a death or a birth so dated is as identifying
as in the Gregorian calendar. A month's name alone is a season of the year (« pendant le ramadan »), no
date: only a day before it makes one. The transliterations vary (« rabi' al-awwal », « rabia el aouel »,
« joumada al-oula », « chaabane », « dhou al-hijja »): each name is written as a pattern of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

SCORE = 0.85

# The article between the two words of a compound name: « al- », « el », « ath- », « at- », « ul ».
_ARTICLE = r"(?:[ \t-]*(?:al|el|ath|at|as|ul|ou)[ \t-]*|[ \t-]+)"
_MONTHS = (
    r"mou?harr?am|muharr?am",
    r"safar",
    rf"rabi(?:['’]|a|e)?{_ARTICLE}(?:awwal|awal|aouel|aoual|ouwal|oula|ula|thani|thania|tani|akhir|akhar|[12]|ii?)",
    rf"d?jou?mad[ae]{_ARTICLE}(?:oula|ula|awwal|oulah|thania|thaniya|thani|akhira|akhirah|akhir|[12]|ii?)",
    r"radj?ab|rajab",
    r"(?:ch|sh)a['’]?a?b[aâ]ne?|cha[aâ]bane?",
    r"ramadh?ane?",
    r"(?:ch|sh)aww?al|chaou?al",
    rf"dh?(?:ou|u|ul){_ARTICLE}(?:qi|qa|ki|ka)['’]?(?:da|dah|ada|adah|deh)",
    rf"dh?(?:ou|u|ul){_ARTICLE}h[ie](?:dj|j)j?ah?",
)
# A day (1 to 30, « 1er »), the month, maybe a year of the Hegira (« 1446 », « 1446 H », « 1446 de
# l'hégire »); matched on the lower-cased text.
_DATE = re.compile(
    r"(?<![\w/.,])(?:1er|[12][0-9]|30|0?[1-9])(?:e|er|ème)?[ \t]+(?:" + "|".join(_MONTHS) + r")"
    r"(?:[ \t]+14[0-9]{2}(?:[ \t]*(?:h|ah|de[ \t]+l['’][hé]+gire))?)?(?![\w'’-])"
)
# A day, a space and the first letters of a month's name: the cheap test before the full pattern (led by
# a digit, which ``re`` jumps to).
_HIT = re.compile(
    r"[0-9](?:er|e|ème)?[ \t]+(?:mou?harr|muharr|safar|rabi|d?jou?mad|radj?ab|rajab|[cs]ha['’]?a?b|[cs]haw|chaou"
    r"|ramad|dh[ou]|dou[ \t-]|du[ \t-]+(?:[ae]l|ul)?[ \t-]*[qkh])"
)


class HijriDateRecogniser:
    """DATE: a day and a month of the Hijri calendar."""

    name = "fr_date_hijri"

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lowered
        if low is None:
            return
        done = 0
        for hit in _HIT.finditer(low):
            start = hit.start()
            while start > done and low[start - 1].isdigit():
                start -= 1  # back to the day's first digit (« 27 ramadan »)
            m = _DATE.match(low, start)
            if m is not None:
                done = m.end()
                yield Finding(m.start(), m.end(), Label.DATE, SCORE, self.name)
