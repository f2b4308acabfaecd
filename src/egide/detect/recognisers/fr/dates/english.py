"""Dates written in English, as laboratory exports, imaging software and letters from abroad write them:
« March 14, 1950 », « Mar 14 1950 », « 14 March 1950 », « 3rd May 2020 », « September 2019 », and an
e-mail header's « Sat, 5 Dec 2026 » (RFC 2822: the weekday abbreviated, then day, short month, year).

English month names are capitalised: the pattern is case-sensitive, so that « may » (the verb) and
« march » (the walk) stay words. Only names that are not French as well are listed in full (« Mars »
is read by ``month_names``); a year is required, since « May 3 » alone could be anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY, UNIT_AFTER, YEAR4
from egide.detect.recognisers.fr.dates.base import is_valid_date, windowed_finditer
from egide.detect.recognisers.fr.dates.years import year_hits

_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
# A weekday before the date, as an e-mail client's « Sent: » line writes it (« Thursday, 15 January
# 2026 », « Mon, Mar 2, 2026 »): part of the date (a weekday is inside its date).
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?[ \t]+"

ENGLISH_DATE = re.compile(
    rf"""
    (?:{_WEEKDAY})?
    (?:
        (?P<m_mdy>{_FULL}|{_SHORT}) [ \t]+ (?P<d_mdy>{DAY}){_ORDINAL} ,? [ \t]+ (?P<y_mdy>{YEAR4})
      # (the short month too: an RFC 2822 header, « Date: Sat, 5 Dec 2026 07:55:12 +0100 »)
      | (?P<d_dmy>{DAY}){_ORDINAL} [ \t]+ (?:of [ \t]+)? (?P<m_dmy>{_FULL}|{_SHORT}) ,? [ \t]+ (?P<y_dmy>{YEAR4})
      | (?P<m_my>{_FULL}) ,? [ \t]+ (?P<y_my>{YEAR4})
    )
    (?![\w]) (?!{UNIT_AFTER})
    """,
    re.VERBOSE,
)
# Every English date ends with its year: the full pattern runs only in a window before each year
# (the years' prefilter, :func:`~egide.detect.recognisers.fr.dates.years.year_hits`).
# Every English date holds the first three letters of a month's name, as written (« Sept » and
# « September » hold « Sep »): a window before a year without any (most years of a French text,
# « le 12/08/2022 ») is not scanned.
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


class EnglishDateRecogniser:
    """DATE: a date with an English month name and a year."""

    name = "fr_date_english"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        hits = doc.shared_by_readings(year_hits)
        # before: « Wednesday, September 30th, » is the longest text before the year
        for m in windowed_finditer(ENGLISH_DATE, text, hits, before=36, after=1, needed=_MONTH_START):
            # the boundary before is checked here: a leading look-behind would slow ``re``'s scan
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue
            month_name = m["m_mdy"] or m["m_dmy"] or m["m_my"]
            month = _NUMBERS[month_name[:3].lower()]
            year = int(m["y_mdy"] or m["y_dmy"] or m["y_my"])
            day_text = m["d_mdy"] or m["d_dmy"]
            if day_text is not None and not is_valid_date(int(day_text), month, year):
                continue
            yield Finding(m.start(), m.end(), Label.DATE, 0.9 if day_text else 0.8, self.name)
