"""Dates whose month name is misspelt by one letter, after a day: « le 20 djanvier », « 3 fevier 2024 »,
« 14 juilet », « 2 septenbre 2023 ».

Letters written by families who learnt French by ear, transliterated letters and SMS spell the month as
it sounds; ``month_names`` reads the month as the calendar writes it (with or without its accents). A
word at one letter from a month of five letters or more (an added, dropped or changed letter), right
after a day, is that month (no French word is one letter from a long month but its plural: « 3 jouets »,
« 10 octets » stay). The short months (« mars », « mai », « juin », « août ») are left out: one letter
from them is a word too often (« 3 mais », « 2 mois »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.calendar import MONTHS, unaccented
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.base import is_valid_date

_ALL_MONTHS = {unaccented(m): k + 1 for k, m in enumerate(MONTHS)}
_LONG_MONTHS = {unaccented(m): k + 1 for k, m in enumerate(MONTHS) if len(m) >= 5}
# A day, then a word of five to eleven letters, then maybe a year.
_DAY_AND_WORD = re.compile(
    r"(?<![\w/.,])(?P<day>1er|[0-9]{1,2})[ \t]+(?P<word>[^\W\d_]{5,11})(?![\w'’-])"
    r"(?:[ \t]+(?P<year>(?:19|20)[0-9]{2})(?![\w]))?"
)

# Where one may stand: a digit or the ordinal's « er », a space, five letters (``re`` tests this class
# at each position faster than the look-behind and the day's alternatives of the full pattern).
# (led by one class, the « r » after an « e » checked after it: an alternation opening on a class would
# be tried at every character)
_HIT = re.compile(r"[0-9e](?:(?<=[0-9])|(?<=e)r)[ \t]+[^\W\d_]{5}")


def _one_letter_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one added, dropped or changed letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = 0
    while k < len(short) and short[k] == long[k]:
        k += 1
    return short[k:] == long[k + 1 :]


def misspelt_month(word: str) -> int | None:
    """The month ``word`` misspells by one letter, or None."""
    key = unaccented(word.lower()).replace("è", "e").replace("ê", "e")
    if "rn" in key:
        # A scan reads an « m » as « rn » (« 26 novernbre 2026 », « 3 septernbre », « 12 rnars »): the
        # month read back with its « m » is the month, whatever its length.
        read = key.replace("rn", "m")
        if read in _ALL_MONTHS:
            return _ALL_MONTHS[read]
        key = read
    if key in _LONG_MONTHS or (key.endswith("s") and key[:-1] in _LONG_MONTHS):
        return None  # the month as the calendar writes it (``month_names``'), or its plural
    for month, number in _LONG_MONTHS.items():
        if _one_letter_apart(key, month):
            return number
    return None


class MisspeltMonthDateRecogniser:
    """DATE: a day and a month misspelt by one letter, maybe a year."""

    name = "fr_date_misspelt_month"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for hit in _HIT.finditer(text):
            start = hit.start()
            while start and (text[start - 1].isdigit() or text[start - 1 : start + 1] == "er"):
                start -= 1  # back to the day's first digit (« 12 », « 1er »)
            m = _DAY_AND_WORD.match(text, start)
            if m is None:
                continue
            month = misspelt_month(m["word"])
            if month is None:
                continue
            day = 1 if m["day"] == "1er" else int(m["day"])
            year = int(m["year"]) if m["year"] else None
            if is_valid_date(day, month, year):
                yield Finding(m.start(), m.end(), Label.DATE, 0.75, self.name)
