"""Dates written in words, as dictation software or careful letters produce them:
« deux janvier mille neuf cent soixante-dix-huit », « le premier mars deux mille vingt »,
« janvier deux mille vingt »; with the weekday that opens it (« mardi dix-huit mars ») and the first
day of a range (« du premier au huit février », « les trois et quatre mai »), as the digits are read
(« mardi 18 mars », « du 1er au 8 février »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import (
    DAY_WORD,
    MONTH_NAME,
    WEEKDAY,
    YEAR4,
    YEAR_WORD,
    month_number,
)
from egide.detect.recognisers.fr.dates.base import is_valid_date, verbose, windowed_finditer
from egide.detect.recognisers.fr.dates.month_names import may_hold_month, month_name_hits

WORD_DATE = verbose(
    rf"""
    (?<![\w-])
    (?:
        (?P<dmy> (?P<day>{DAY_WORD}) \s+ (?P<m_dmy>{MONTH_NAME}) (?: \s+ (?P<y_dmy>{YEAR_WORD}|{YEAR4}(?!\d)) )? )
      | (?P<my> (?P<m_my>{MONTH_NAME}) \s+ (?P<y_my>{YEAR_WORD}) )
    )
    (?![\w-])
    """
)
# What may open a date in words, read back from its day once the date is found (a pattern tried
# around every month name would cost every text with a month): the weekday (« mardi dix-huit mars »)
# and the first day of a range (« premier au huit février », « trois et quatre mai »; « vingt et un »
# is one day, read whole by the date's own pattern).
_RANGE = rf"(?P<first>{DAY_WORD}) [ \t]+ (?:au|à|et(?![ \t]+une?(?![\w-]))) [ \t]+"
_OPENING = verbose(rf"(?<![\w-]) (?: (?: {WEEKDAY} [ \t,]+ )? {_RANGE} | {WEEKDAY} [ \t,]+ ) $")
_OPENING_REACH = 48

_VALUES = {
    "un": 1, "une": 1, "premier": 1, "1er": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60,
}  # fmt: skip


# « un », « une » read as a day only with a year: French says « le premier mars », and the article
# comes before many acronyms that are month abbreviations too (« une SEP », sclérose en plaques).
_ARTICLES = frozenset({"un", "une"})


def words_to_int(words: str) -> int:
    """The value of a French number in words up to 9999 (« mille neuf cent soixante-dix-huit » = 1978)."""
    total = current = 0
    previous = ""
    for token in re.split(r"[\s-]+", words.lower().strip()):
        if token in ("", "et"):
            continue
        if token in ("mille", "mil"):
            total += max(current, 1) * 1000
            current = 0
        elif token in ("cent", "cents"):
            units = current % 100
            current = current - units + max(units, 1) * 100
        elif token in ("vingt", "vingts") and previous == "quatre":
            current += 80 - 4  # « quatre-vingt » is 80, not 4 + 20
        else:
            current += _VALUES.get(token, 0)
        previous = token
    return total + current


class WordDateRecogniser:
    """DATE: day (and year) written in words around a month name."""

    name = "fr_date_words"

    def may_match(self, doc: Document) -> bool:
        return may_hold_month(doc)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        hits = doc.shared_by_readings(month_name_hits)
        # before: « quatre-vingt-dix-neuf » is the longest day; after: « mille neuf cent quatre-vingt-dix-neuf »
        for match in windowed_finditer(WORD_DATE, text, hits, before=40, after=80):
            score = self._score(match)
            if score is not None:
                yield Finding(self._opening(text, match), match.end(), Label.DATE, score, self.name)

    @staticmethod
    def _opening(text: str, match: re.Match[str]) -> int:
        """Where the date starts: its weekday or the first day of its range, if written before it."""
        start = match.start()
        if match["day"] is None:
            return start
        opening = _OPENING.search(text, max(0, start - _OPENING_REACH), start)
        if opening is None:
            return start
        if opening["first"] is not None and not 1 <= words_to_int(opening["first"]) < words_to_int(
            match["day"]
        ):
            return start  # « deux au premier mars » is no range
        return opening.start()

    @staticmethod
    def _score(m: re.Match[str]) -> float | None:
        if m.lastgroup == "my":
            year_alone = words_to_int(m["y_my"])
            return 0.9 if month_number(m["m_my"]) is not None and 1900 <= year_alone <= 2099 else None
        month = month_number(m["m_dmy"])
        day = words_to_int(m["day"])
        year_text = m["y_dmy"]
        year = (int(year_text) if year_text.isdigit() else words_to_int(year_text)) if year_text else None
        if month is None or (year is not None and not 1900 <= year <= 2099):
            return None
        if year is None and m["day"].lower() in _ARTICLES:
            return None  # « d'une SEP », « un MAI »: an article before an acronym
        if not is_valid_date(day, month, year):
            return None
        return 0.9 if year is not None else 0.8
