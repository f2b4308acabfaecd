"""Dates of birth, their own label: « né le 03/02/1961 », « née le 3 février 1961 », « né(e) le … »,
« DDN : 03/02/61 », « date de naissance : … », « D.N. 030261 », « né en 1961 ».

The date after the cue is read by the same patterns as any other date; only the cue is new here.
The span reported is the date alone, so that a surrogate date can replace it in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.per_text import lowered
from egide.detect.recognisers.fr.dates.atoms import DAY2, MONTH2, UNIT_AFTER, YEAR2, YEAR4
from egide.detect.recognisers.fr.dates.base import (
    full_year,
    is_valid_date,
    verbose,
    windowed_finditer,
)
from egide.detect.recognisers.fr.dates.month_names import MONTH_NAME_DATE, MonthNameDateRecogniser
from egide.detect.recognisers.fr.dates.numeric import NUMERIC_DATE, NumericDateRecogniser
from egide.detect.recognisers.fr.dates.words import WORD_DATE, WordDateRecogniser

BIRTH_CUE = verbose(
    r"""
    (?<![\w.])
    (?: n[ée]e? (?:\(e\)|s)? (?: [ \t]+ à [ \t]+ [A-ZÀ-Ý][\w'-]* (?: [ \t]+ [A-ZÀ-Ý][\w'-]* )? )? | DDN | (?-i:DN) | D\.\s?D\.\s?N\.? | D\.\s?N\.? | date \s+ de \s+ naissance | date \s+ naiss\.?
      | naissance
      | [0-9]{1,3} [ \t]? ans [ \t]* [–—-] )   # a patient banner: « DUPONT Jean – 44 ans – 31/05/1974 »
    (?![\w])
    [ \t]* (?: :|=|-|le|du|en )? [ \t]* (?: : [ \t]* )? (?: le [ \t]+ )?
    """
)
# After a cue: a four-digit year (« né en 1961 ») or six glued digits (« DDN 030261 »).
_YEAR_AFTER_CUE = verbose(rf"(?P<year>{YEAR4})(?![\w/.\-])(?!{UNIT_AFTER})")
_SIX_DIGITS = verbose(rf"(?P<d>{DAY2})(?P<m>{MONTH2})(?P<y>{YEAR2})(?!\w)")
# « né le 03 02 1961 »: spaces only, acceptable after a birth cue and nowhere else.
_SPACED = verbose(rf"(?P<d>{DAY2})[ ](?P<m>{MONTH2})[ ](?P<y>{YEAR4}|{YEAR2})(?![\w/.\-])")
# On the lower-cased text: « né », « née », « nee », « ne(e) », « ddn », « d.n. », « dn », « naissance ».
_PREFILTER = re.compile(r"né|ne[e(]|ddn|dn|d\.[ ]?d?\.?[ ]?n|naiss|ans[ \t]*[–—-]")


class BirthDateRecogniser:
    """DATE_NAISSANCE: a date right after a birth cue."""

    name = "fr_date_birth"

    def find(self, text: str) -> Iterator[Finding]:
        low = lowered(text)
        hits = _PREFILTER.finditer(low) if low is not None else None
        for cue in windowed_finditer(BIRTH_CUE, text, hits, before=4, after=60):
            span = self._date_at(text, cue.end())
            if span is not None:
                yield Finding(span[0], span[1], Label.DATE_NAISSANCE, 0.97, self.name)

    @staticmethod
    def _date_at(text: str, pos: int) -> tuple[int, int] | None:
        m = MONTH_NAME_DATE.match(text, pos)
        if m and MonthNameDateRecogniser._score(m) is not None:
            return m.span()
        m = NUMERIC_DATE.match(text, pos)
        if m and NumericDateRecogniser._score(text, m) is not None:
            return m.span()
        m = WORD_DATE.match(text, pos)
        if m and WordDateRecogniser._score(m) is not None:
            return m.span()
        m = _YEAR_AFTER_CUE.match(text, pos)
        if m:
            return m.span()
        for pattern in (_SIX_DIGITS, _SPACED):
            m = pattern.match(text, pos)
            if m and is_valid_date(int(m["d"]), int(m["m"]), full_year(m["y"])):
                return m.span()
        return None
