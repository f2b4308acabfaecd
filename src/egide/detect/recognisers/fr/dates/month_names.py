"""Dates with a month name: « 3 février 1961 », « 1er mars 2020 », « le 12 sept. 2019 »,
« février 2019 », « mars-25 », « mardi 3 mars », and glued abbreviations « 05nov », « 05nov2019 », « dec1993 », « 3fev ».

A month name must start a word or touch a digit (the prefilter looks for it there): « 1ermars »,
the ordinal glued to the month, is not read. A month name alone (« en mai ») is not reported: it identifies nobody. A month name needs a day
before it or a year after it, which also keeps « sept » (seven) and « mai » out of ordinary prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import (
    DAY,
    FIRST,
    MONTH_ABBR_GLUED,
    MONTH_NAME,
    MONTH_NAME_DASHED,
    UNIT_AFTER,
    WEEKDAY,
    YEAR2,
    YEAR4,
    month_number,
)
from egide.detect.recognisers.fr.dates.base import (
    full_year,
    is_valid_date,
    verbose,
    windowed_finditer,
)
from egide.detect.recognisers.fr.dates.day_alone import day_opening_range, days_alone_after

MONTH_NAME_DATE = verbose(
    rf"""
    (?<![\w])
    (?:
        # [weekday] [first day and] day month [year]: « mardi 3 mars », « 1er mars 2020 », « 12 sept. 2019 »,
        # « 05nov2019 », « 03-févr-2020 », « 03-Feb-2020 », « du 3 au 5 mars 2020 », « les 3 et 4 mai »
        (?P<dmy>
            (?:{WEEKDAY} [\s,]+ )?
            # the days before it: « du 3 au », « les 3 et », « les 10, 15 et » (not the day of « 2018-02-27 au »)
            (?: (?<![\w/.\-]) (?: (?:{FIRST}|{DAY}) [ \t]*,[ \t]* ){{0,4}} (?:{FIRST}|{DAY}) [ \t]* (?:-|au|et|à) [ \t]* )?
            (?P<d_dmy>{FIRST}|{DAY}) (?: \s* | [ \t]*[-/.][ \t]* ) (?P<m_dmy>{MONTH_NAME})
            # the year, maybe with an apostrophe for its century (« 14 mars '58 »)
            (?: (?: \s* | [-/.] ) (?: (?<=\s) ['’] )? (?P<y_dmy>{YEAR4}|{YEAR2}) (?!\d) (?!{UNIT_AFTER}) )?
        )
      | # glued abbreviations without a dot: « 22mar16 », « 26jun », « 05nov2019 »
        (?P<glued>
            (?P<d_g>{DAY}) (?P<m_g>{MONTH_ABBR_GLUED}) (?P<y_g>{YEAR4}|{YEAR2})? (?!\d)
        )
      | # month year: « février 2019 », « dec1993 », « jul2017 », « nov. 19 » is left out (too close to a count)
        (?P<my>
            (?P<m_my>{MONTH_NAME}) \s* (?P<y_my>{YEAR4}) (?!\d) (?!{UNIT_AFTER})
          | (?P<m_myg>{MONTH_NAME}|{MONTH_ABBR_GLUED}) (?P<y_myg>{YEAR4}|{YEAR2}) (?!\d)
          | # « mars-25 », « juin/2024 », glued (« mars - 25 séances » is a count); not « mars-15 avril », a
            # range whose « 15 avril » is read above
            (?P<m_myd>{MONTH_NAME_DASHED}) [-/] (?P<y_myd>{YEAR4}|{YEAR2}) (?!\d) (?!{UNIT_AFTER})
            (?!\s*{MONTH_NAME}(?!\w))
        )
    )
    (?![\w])
    """
)


# Every month name and abbreviation as a word (a digit may touch it: « 05nov2019 »), matched on the
# lower-cased text with a space in front (see ``word_starts``): where a month-name date could be.
MONTH_PREFILTER = re.compile(
    # grouped by first letter: a trie by hand, several times faster for ``re`` than a flat alternation
    r"[^a-zà-ÿ](?:j(?:anvier|anv|an|uin|un|uillet|uill|uil|ul)|f(?:évrier|evrier|évr|evr|év|ev|eb)"
    r"|m(?:ars|ar|ai|ay)|a(?:vril|vr|pr|oût|out|oû|ou|ug)|s(?:eptembre|ept|ep)|o(?:ctobre|ct)|n(?:ovembre|ov)"
    r"|d(?:écembre|ecembre|éc|ec))(?![a-zà-ÿ])"
)


def month_name_hits(doc: Document) -> tuple[re.Match[str], ...] | None:
    """The matches of ``MONTH_PREFILTER`` in the document, or None when lower-casing changes its length.

    Month-name dates and dates in words both look around month names: the scan is done once per
    text, for both its readings (:meth:`Document.shared_by_readings`: the pattern holds no white
    space and reads a line break before or after a month as it reads a space).
    """
    low = doc.lowered
    if low is None:
        return None
    # offsets in " " + low are one past the boundary character, i.e. the month word's own start
    return tuple(MONTH_PREFILTER.finditer(" " + low))


def may_hold_month(doc: Document) -> bool:
    """False when the text has no month name (``MONTH_PREFILTER`` reads a line break as any other
    character that is no letter, so its second reading has none either: see
    :func:`egide.detect.recogniser.may_match`); True when its offsets change in lower case (then the
    recognisers below scan the whole text)."""
    hits = doc.shared_by_readings(month_name_hits)
    return hits is None or len(hits) > 0


class MonthNameDateRecogniser:
    """DATE: dates written with a French month name or abbreviation."""

    name = "fr_date_month_name"

    def may_match(self, doc: Document) -> bool:
        return may_hold_month(doc)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        scanned = 0  # where the look for days alone after a date stopped
        moments = 0  # where the look for days with a time of day after a month and year stopped
        hits = doc.shared_by_readings(month_name_hits)
        # before: « mercredi 1er », « les 10, 15 et 21 » ; after: the rest of « septembre 2019 »
        for match in windowed_finditer(MONTH_NAME_DATE, text, hits, before=40, after=20):
            score = self._score(match)
            if score is not None:
                # a final dot is the abbreviation's or the sentence's: either way it identifies nobody
                end = match.end() - 1 if match.group().endswith(".") else match.end()
                yield Finding(match.start(), end, Label.DATE, score, self.name)
                if match.lastgroup != "my":  # a date with a day: « le 4, » after it is its sequel
                    # « entre le 4 et le 18 août »: the range's first day, written before with its
                    # own article (« du 3 au 5 mars » is read whole above)
                    opening = day_opening_range(text, match.start(), self.name)
                    if opening is not None:
                        yield opening
                    days, scanned = days_alone_after(text, end, self.name, scanned)
                    yield from days
                else:  # « en juin 2015 … le 21 à 6 h »: a day with its time of day, in the same narrative
                    # (its own stop: a date with a day later reads the same stretch for all shapes)
                    days, moments = days_alone_after(text, end, self.name, moments, moments_only=True)
                    yield from days

    @staticmethod
    def _score(m: re.Match[str]) -> float | None:
        if m.lastgroup == "dmy":
            month = month_number(m["m_dmy"])
            day = int(re.sub(r"\D", "", m["d_dmy"]) or 0)
            year = full_year(m["y_dmy"]) if m["y_dmy"] else None
            if month is None or not is_valid_date(day, month, year):
                return None
            return 0.95 if year is not None else 0.85
        if m.lastgroup == "glued":
            glued_month = month_number(m["m_g"])
            glued_year = full_year(m["y_g"]) if m["y_g"] else None
            if glued_month is None or not is_valid_date(int(m["d_g"]), glued_month, glued_year):
                return None
            return 0.9
        month_name = m["m_my"] or m["m_myg"] or m["m_myd"]
        return 0.85 if month_number(month_name) is not None else None
