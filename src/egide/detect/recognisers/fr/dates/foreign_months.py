"""Dates with a month named in Spanish, Portuguese, Italian or German, or in a regional language of France
(Corsican, Catalan, Occitan, Breton), and English dates without a year: « 7 de mayo de 2008 », « 15 de
agosto », « em fevereiro », « 3 marzo 2021 », « 10. Februar 2025 », « 13 di marzu 2025 », « 4 de març de
2025 », « 12 Ebrel 2024 », « from January 12 to January 20 », « on 2 March ».

Bilingual letterheads and signatures of Corsica, Roussillon, Occitania and Brittany date the letter in
both languages (« Ajaccio, u 13 di marzu 2025 / le 13 mars 2025 »): the regional date is the same date.

Letters from families abroad, translated letters and notes of cross-border patients write their dates
in their own language (issue 8, tenth probe batch). A foreign month is a date with a day or a year; alone
only after a preposition of its language (« em fevereiro », « en diciembre », « im Oktober ») and only
when the word is nothing else (« mayo », « Marco », « April », « August » are also a sauce, first names
or English words: never alone). English month names are capitalised and read case-sensitively, without
« May » (the verb); with a year they are ``english``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY, UNIT_AFTER, YEAR4
from egide.detect.recognisers.fr.dates.base import is_valid_date, word_starts

# Month names of Spanish, Portuguese, Italian and German, lower-cased, with their number.
_FOREIGN = {
    **dict.fromkeys(("enero", "janeiro", "gennaio", "januar"), 1),
    **dict.fromkeys(("febrero", "fevereiro", "febbraio", "februar"), 2),
    **dict.fromkeys(("marzo", "março", "marco", "märz", "maerz"), 3),
    **dict.fromkeys(("abril", "aprile"), 4),
    **dict.fromkeys(("mayo", "maio", "maggio"), 5),
    **dict.fromkeys(("junio", "junho", "giugno", "juni"), 6),
    **dict.fromkeys(("julio", "julho", "luglio", "juli"), 7),
    **dict.fromkeys(("agosto",), 8),
    **dict.fromkeys(("septiembre", "setiembre", "setembro", "settembre"), 9),
    **dict.fromkeys(("octubre", "outubro", "ottobre", "oktober"), 10),
    **dict.fromkeys(("noviembre",), 11),
    **dict.fromkeys(("diciembre", "dezembro", "dicembre", "dezember"), 12),
    # Corsican, Catalan, Occitan and Breton (but the Breton words that are French or English ones too:
    # « Mae », « Here », « Du »; « C'hwevrer » holds an apostrophe)
    **dict.fromkeys(("ghjennaghju", "ghjennaiu", "gener", "genièr", "genier", "genver"), 1),
    **dict.fromkeys(("ferraghju", "febrer", "febrièr", "febrier"), 2),
    **dict.fromkeys(("marzu", "març", "meurzh"), 3),
    **dict.fromkeys(("abrile", "ebrel"), 4),
    **dict.fromkeys(("maghju", "maiu", "maig"), 5),
    **dict.fromkeys(("ghjugnu", "juny", "junh", "mezheven"), 6),
    **dict.fromkeys(("lugliu", "juliol", "julhet", "gouere"), 7),
    **dict.fromkeys(("aostu", "agost", "eost"), 8),
    **dict.fromkeys(("sittembre", "setembre", "gwengolo"), 9),
    **dict.fromkeys(("uttobre",), 10),
    **dict.fromkeys(("nuvembre",), 11),
    **dict.fromkeys(("desembre", "decembre", "kerzu"), 12),
}
#: The month names above with their number, as ``iberian_dates`` reads a month after a foreign weekday.
FOREIGN_MONTH_NUMBERS: dict[str, int] = _FOREIGN
# Of these, the words that are something else as well: a date only with a day or a year.
_NOT_ALONE = frozenset(
    {"mayo", "marco", "juli", "juni", "abril", "agosto", "marzo", "maio", "gener", "decembre", "maiu", "eost"}
)
_ENGLISH = {
    "January": 1, "February": 2, "March": 3, "April": 4, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
}  # fmt: skip


def _grouped(words: set[str]) -> str:
    """An alternation of ``words`` grouped by first letter (« m(?:arzo|ayo|…) »)."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items()))


# Where a month name may start, on the lower-cased text, from the character before it (see
# ``word_starts``); English names are among the words (« january », « march »…) and re-checked as written.
# (grouped by first letter: ``re`` tries one branch per character instead of some forty names)
_ANY_MONTH = re.compile(
    r"[^a-zà-ÿ0-9_](?=(?:" + _grouped({*_FOREIGN, *(m.lower() for m in _ENGLISH)}) + r")(?![a-zà-ÿ]))"
)
_ORDINAL = r"(?:st|nd|rd|th|º|°|\.)?"
# A day before the month (« 7 de mayo », « 10. Februar », « 2nd of March », « 3 marzo », « 2 d'aostu »).
_DAY_BEFORE = re.compile(
    rf"(?<![\w])(?P<day>{DAY}){_ORDINAL}[ \t]+(?:(?:de|del|di|of)[ \t]+|d['’])?$", re.IGNORECASE
)
# A day after an English month (« January 12 », « March 3rd »), not a year, a time, a decimal or a unit.
_DAY_AFTER = re.compile(
    rf"[ \t]+(?P<day>{DAY})(?:st|nd|rd|th)?(?![\w]|[.,:][0-9]|[ \t]*[0-9])(?!{UNIT_AFTER})"
)
# A year after the month (« mayo de 2008 », « Februar 2025 », « janeiro, 2020 »).
_YEAR_AFTER = re.compile(rf",?[ \t]+(?:(?:de|del|di)[ \t]+)?(?P<year>{YEAR4})(?![\w])", re.IGNORECASE)
# The prepositions of these languages before a month alone.
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w])(?:em|en|in|im|no|na|desde|hasta|até|ate|seit|bis|ab|dal|al|nel|fino[ \t]+a|a[ \t]+partir[ \t]+de|de|di|del|do|da)[ \t]+$",
    re.IGNORECASE,
)
_REACH = 16


def _month_starts(doc: Document) -> tuple[int, ...]:
    """Where a month name may start in the lower-cased text (``doc.lowered``, not None): the same in
    both readings of a text (:meth:`Document.shared_by_readings`: ``_ANY_MONTH`` holds no white space
    and reads a line break before or after its word as it reads a space)."""
    return tuple(word_starts(_ANY_MONTH, doc.lower))


class ForeignMonthDateRecogniser:
    """DATE: a day or a year with a Spanish, Portuguese, Italian or German month, or an English month and
    day without a year."""

    name = "fr_date_foreign_month"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered
        if low is None:
            return
        for start in doc.shared_by_readings(_month_starts):
            end = start
            while end < len(text) and (text[end].isalpha()):
                end += 1
            word = text[start:end]
            found = self._date_at(text, start, end, word)
            if found is not None:
                yield found

    @staticmethod
    def _date_at(text: str, start: int, end: int, word: str) -> Finding | None:
        english = _ENGLISH.get(word)
        foreign = _FOREIGN.get(word.lower()) if english is None else None
        month = english or foreign
        if month is None:
            return None  # « march » in lower case: the walk, not the month
        before = _DAY_BEFORE.search(text, max(0, start - _REACH), start)
        year = _YEAR_AFTER.match(text, end)
        if english is not None:
            if year is not None:
                return None  # « March 14, 1950 »: the English recogniser's
            after = _DAY_AFTER.match(text, end)
            if after is not None and is_valid_date(int(after["day"]), month, None):
                return Finding(start, after.end(), Label.DATE, 0.8, "fr_date_foreign_month")
            if before is not None and is_valid_date(int(before["day"]), month, None):
                return Finding(before.start(), end, Label.DATE, 0.8, "fr_date_foreign_month")
            return None
        first = before.start() if before is not None else start
        last = year.end() if year is not None else end
        if before is not None and not is_valid_date(
            int(before["day"]), month, int(year["year"]) if year is not None else None
        ):
            return None
        if before is not None or year is not None:
            return Finding(first, last, Label.DATE, 0.85, "fr_date_foreign_month")
        if word.lower() in _NOT_ALONE or not _PREPOSITION_BEFORE.search(text, max(0, start - _REACH), start):
            return None
        return Finding(start, end, Label.DATE, 0.75, "fr_date_foreign_month")
