"""Dates of birth, their own label: « né le 03/02/1961 », « née le 3 février 1961 », « né(e) le … »,
« ne le … », « nee le … » (typed without accents), « DDN : 03/02/61 », « date de naissance : … », « sa
date de naissance est le … » (in a sentence), « D.N. 030261 », « né en 1961 », a form's field filled in
part (« __/__/1958 »: the year), boxes (« |0|3| |1|1| |4|4| », joined by ``boxed_dates``), and in a
patient banner or a table row: the date after the sex cell (« DUPONT Jean | M | 14/03/1950 ») or before
the age (« 14/03/1950 (74 ans) », when the year and the age agree).

The date after the cue is read by the same patterns as any other date; only the cue is new here.
The span reported is the date alone, so that a surrogate date can replace it in place.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import (
    DAY,
    DAY2,
    MONTH,
    MONTH2,
    NUMBER_WORD,
    UNIT_AFTER,
    YEAR2,
    YEAR4,
    YEAR_WORD,
    accents_optional,
)
from egide.detect.recognisers.fr.dates.base import (
    full_year,
    is_valid_date,
    verbose,
    windowed_finditer,
)
from egide.detect.recognisers.fr.dates.month_names import MONTH_NAME_DATE, MonthNameDateRecogniser
from egide.detect.recognisers.fr.dates.numeric import NUMERIC_DATE, NumericDateRecogniser, short_date_at
from egide.detect.recognisers.fr.dates.unpadded import unpadded_date_at
from egide.detect.recognisers.fr.dates.words import WORD_DATE, WordDateRecogniser, words_to_int
from egide.detect.recognisers.fr.rows import RowReader

# A score taken at birth before « naissance » (« Apgar de naissance 10/10 », « score d'Apgar à la
# naissance 9/10 »): the value is the score's, no date.
_SCORE_AT_BIRTH = re.compile(r"(?i)(?<![\w])apgar(?:[ \t]+(?:de|à|a)(?:[ \t]+la)?)?[ \t]+$")
_SCORE_REACH = 20

BIRTH_CUE = verbose(
    accents_optional(
        r"""
    # (or a software's field dump, the key after its object's dot: « PAT.DDN=19860614 », « pat_ddn=… »)
    (?: (?<![\w.]) | (?<=[^\W\d_][._])(?=ddn=|DDN=) )
    (?: n[ée]e? (?:\(e\)|s)?
        # the place of birth before the date (« né à Oran le … »), not a year in words (« né en mille … »)
        (?: [ \t]+ (?:à|au|en) [ \t]+ (?!(?:mille|mil|dix|deux)(?![\w-])|(?:trois|quatre|cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante)(?![\w])) [A-ZÀ-Ý][\w'-]* (?: [ \t]+ [A-ZÀ-Ý][\w'-]* )? )? | DDN | (?-i:DN) | D\.\s?D\.\s?N\.? | D\.\s?N\.? | date \s+ de \s+ naissance | date \s+ naiss\.?
      | naissance
      # the genealogists' birth sign before a date or a year (« (°1966) », « ° 12/03/1950 »): not a
      # degree or « n° », glued to the letter or the number before it
      | ° (?=[ \t]*[0-9])
      | [0-9]{1,3} [ \t]? ans [ \t]* [–—-]    # a patient banner: « DUPONT Jean – 44 ans – 31/05/1974 »
      | (?<=[|\t;]) [ \t]* (?-i: [MFH] | Homme | Femme | Masculin | Féminin | masculin | féminin ) [ \t]* [|\t;]
      # a wristband's or a label's columns, aligned with spaces: the sex letter alone between two gaps
      # after the name, then the date (« DUPONT Jean  M  140350 »)
      | (?<=[^\W\d_][ ][ ]) (?-i: [MFH] ) (?=[ ][ ]) )
      # a table row: the sex cell, then the date (« DUPONT Jean | M | 14/03/1950 »)
    (?: (?<=[)|\t;°]) | (?![\w]) )   # « né(e)le » is glued; a cell ends at its separator
    # (a form's dot leaders after its label: « DDN ........ 7.5.82 »)
    [ \t]* (?: :|=|-|le|du|en|\.{2,}|…+ )? [ \t]* (?: : [ \t]* )? (?: le [ \t]+ )?
    (?: \n [ \t]* )?   # a form: the label on one line, the date on the next
    # « sa date de naissance est le … », « date de naissance déclarée : … »
    (?: (?: est | était | serait | déclarée | indiquée | renseignée | notée | au | \( ) (?![\w]) [ \t]* (?: :[ \t]* )?
        (?: le [ \t]+ )? )?
    """
    )
)
# After a cue: a four-digit year (« né en 1961 ») or six glued digits (« DDN 030261 »).
_YEAR_AFTER_CUE = verbose(rf"(?P<year>{YEAR4})(?![\w/.\-])(?!{UNIT_AFTER})")
# A year of birth known roughly, its sign or word before it (« ddn : ~1971 », « DDN : env. 1948 », « date
# de naissance : vers 1960 », « DDN ≈ 1955 »): the year is still the patient's.
_ROUGH_YEAR_AFTER_CUE = re.compile(
    rf"(?:[~≈∼]|(?i:env\.?|environ|vers|circa|ca\.|approx\.?))[ \t]*{_YEAR_AFTER_CUE.pattern}", re.VERBOSE
)
_SIX_DIGITS = verbose(rf"(?P<d>{DAY2})(?P<m>{MONTH2})(?P<y>{YEAR2})(?!\w)")
# « né le 03 02 1961 »: spaces only, acceptable after a birth cue and nowhere else.
_SPACED = verbose(rf"(?P<d>{DAY2})[ ](?P<m>{MONTH2})[ ](?P<y>{YEAR4}|{YEAR2})(?![\w/.\-])")
# The wall of the first box before a boxed date, its boxes joined by ``boxed_dates``, and its digits.
_BOX_WALL = re.compile(r"\|[ ]?(?=[0-9])")
_BOXED_DIGITS = verbose(rf"(?P<d>{DAY2})(?P<m>{MONTH2})(?P<y>{YEAR4}|{YEAR2})(?![\w/.\-])")
# A form's field filled in part, its blank boxes left as printed (« Date de naissance : __/__/1958 »,
# « ../../1958 », « xx/xx/1958 », « __/03/1958 »): what is filled in is the birth date, masked alone.
_PART_BLANK = verbose(
    rf"""(?:_{{1,4}}|\.{{2}}|(?-i:xx|XX|jj|JJ|mm|MM|\?\?))[ \t]?[/.\-][ \t]?
    (?: (?:_{{1,4}}|\.{{2}}|(?-i:xx|XX|mm|MM|\?\?))[ \t]?[/.\-][ \t]? (?P<year>{YEAR4})
      | (?P<month_year>{MONTH}[ \t]?[/.\-][ \t]?{YEAR4}) )
    (?![\w/.\-])"""
)
# Dictated: the year in words after the cue (« né en mille neuf cent soixante-sept »), and the year's
# last two digits in words after a day and a month in words (« née le vingt-neuf juillet trente-huit »).
_YEAR_WORDS_AFTER_CUE = verbose(rf"{YEAR_WORD}(?![\w-])")
_TWO_DIGIT_YEAR_WORDS = verbose(rf"[ \t]+{NUMBER_WORD}(?![\w-])(?!{UNIT_AFTER})")
# « née en quatre-vingt-dix »: after « en », the year's last two digits alone, dictated.
_SHORT_YEAR_WORDS = verbose(rf"{NUMBER_WORD}(?![\w-])(?!{UNIT_AFTER})")
_EN_BEFORE = re.compile(r"(?<![\w])en[ \t]+$")
# On the lower-cased text: « né », « née », « nee », « ne(e) », « ddn », « d.n. », « dn », « naissance ».
_PREFILTER = re.compile(r"°[ \t]*[0-9]|né|ne[e(]|ne[ \t]+le|ddn|dn|d\.[ ]?d?\.?[ ]?n|naiss|ans[ \t]*[–—-]")
# The sex cell of a table row, scanned apart: one pattern opening on a class scans fast, an alternation
# of both would not. Both of its forms open on that class (the separator, or the first of the two
# spaces before a sex letter alone, looked behind at once): an alternation whose branch opened on a
# look-behind would make ``re`` try the whole pattern at every character, three times slower.
_CELL_PREFILTER = re.compile(
    r"[|\t; ](?:(?<=[|\t;])[ \t]*(?:[mfh]|homme|femme|masculin|féminin)[ \t]*[|\t;]|(?<=[^\W_] ) [mfh]  )"
)
# « 14/03/1950 (74 ans) », « 14/03/1950 - 74 ans »: a date, then the age it gives.
# « ans » is looked for as a literal (fast) and the number checked before it.
_ANS = re.compile(r"ans(?![\w])")
_AGE_BEFORE = re.compile(r"(?<![\w])(?P<age>[0-9]{1,3})[ \t]?$")
_DATE_BEFORE_AGE = re.compile(
    r"(?:[0-9]{1,2}(?:er)?[ \t]*(?:[/.\-|][ \t]*[0-9]{1,2}[ \t]*[/.\-|]|[ \t]+[^\W\d_]+\.?[ \t]+)[ \t]*"
    r"(?P<year>(?:19|20)[0-9]{2}))[ \t]*[(,;–—\-][ \t]*$"
)
_CURRENT_YEARS = range(1995, 2041)  # the year of the note: birth year + age must fall in it


# A short dotted date after a birth cue (« | M | 7.5.33 |  »): the cue says it is a date, which a
# version number (« 2.1.10 ») alone would not.
_SHORT_DOTTED = verbose(rf"(?P<d>{DAY})\.(?P<m>{MONTH})\.(?P<y>{YEAR2})(?![\w/.\-])")

# A table whose column of birth dates holds years alone (« né(e) », « DDN », « Naissance », « Année de
# naissance » above « 1954 »): the header cell is the birth cue of every cell under it.
_BIRTH_HEADER = re.compile(
    r"(?<![^\W\d_])(?:n[ée]e?(?:\(e\)|s)?|ne\(e\)|ddn|dn|d\.n\.?|naissance|ann[ée]e[ \t]+de[ \t]+naissance)"
    r"(?![^\W\d_])"
)
_YEAR_CELL = re.compile(rf"(?<=[|\t;])[ \t]*(?P<year>{YEAR4})[ \t]*(?=[|\t;]|\n|$)")


def under_a_birth_header(rows: RowReader, start: int, end: int) -> bool:
    """The span ``[start, end)`` fills a cell of a table under a birth date's header cell (« DDN »,
    « Né(e) le », « Date de naissance »)."""
    header = rows.header_cell(start, end)
    return header is not None and _BIRTH_HEADER.search(header) is not None


def years_under_a_birth_header(text: str) -> Iterator[tuple[int, int]]:
    """The cells of a table that hold a four-digit year alone under a birth-date header cell."""
    if "\t" not in text and "|" not in text and ";" not in text:
        return
    rows = RowReader(text)
    for m in _YEAR_CELL.finditer(text):
        if not 1900 <= int(m["year"]) <= 2099:
            continue
        if under_a_birth_header(rows, m.start("year"), m.end("year")):
            yield m.start("year"), m.end("year")


def _cell_hits(low: str) -> Iterator[re.Match[str]] | None:
    """``_CELL_PREFILTER.finditer(low)``, or None when it finds nothing: a match opens on a cell's
    separator (« | », a tab, « ; ») or on the first of two spaces (« DUPONT  M  »), so none begins
    before the first of them (the scan starts there, its look-behinds seeing the text before) and
    a text without them holds none (most notes: four searches in C instead of a stop at every space)."""
    firsts = [at for at in (low.find("|"), low.find("\t"), low.find(";"), low.find("  ")) if at >= 0]
    return _CELL_PREFILTER.finditer(low, min(firsts)) if firsts else None


class BirthDateRecogniser:
    """DATE_NAISSANCE: a date right after a birth cue."""

    name = "fr_date_birth"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered
        hits = None
        if low is not None:
            cells = _cell_hits(low)
            hits = (
                _PREFILTER.finditer(low)
                if cells is None
                else heapq.merge(_PREFILTER.finditer(low), cells, key=lambda m: m.start())
            )
        for cue in windowed_finditer(BIRTH_CUE, text, hits, before=4, after=60):
            if _SCORE_AT_BIRTH.search(text, max(0, cue.start() - _SCORE_REACH), cue.start()) is not None:
                continue  # « Apgar de naissance 10/10 »: a newborn's score at birth, out of ten
            span = self._date_at(text, cue.end())
            if span is not None:
                yield Finding(span[0], span[1], Label.DATE_NAISSANCE, 0.97, self.name)
        yield from self._before_age(text)
        for start, end in years_under_a_birth_header(text):
            yield Finding(start, end, Label.DATE_NAISSANCE, 0.9, self.name)

    def _before_age(self, text: str) -> Iterator[Finding]:
        for ans in _ANS.finditer(text):
            age = _AGE_BEFORE.search(text, max(0, ans.start() - 4), ans.start())
            if age is None:
                continue
            start = age.start()
            before = _DATE_BEFORE_AGE.search(text, max(0, start - 32), start)
            if before is None:
                continue
            years = int(before["year"]) + int(age["age"])
            if years not in _CURRENT_YEARS:
                continue
            span = self._date_at(text, before.start())
            if span is not None and span[1] == before.end("year"):
                yield Finding(span[0], span[1], Label.DATE_NAISSANCE, 0.97, self.name)

    @staticmethod
    def _date_at(text: str, pos: int) -> tuple[int, int] | None:
        # the wall of a form's first box (« Date de naissance : |031144| », its boxes joined): the digits
        # of boxes only, not any date in a table's next cell (« Lieu de naissance | 05/01/1950 | »)
        wall = _BOX_WALL.match(text, pos)
        if wall is not None:
            boxes = _BOXED_DIGITS.match(text, wall.end())
            if boxes is not None and is_valid_date(int(boxes["d"]), int(boxes["m"]), full_year(boxes["y"])):
                return boxes.span()
        m = MONTH_NAME_DATE.match(text, pos)
        if m and MonthNameDateRecogniser._score(m) is not None:
            return m.span()
        m = NUMERIC_DATE.match(text, pos)
        if m and NumericDateRecogniser._score(text, m) is not None:
            return m.span()
        m = WORD_DATE.match(text, pos)
        if m and WordDateRecogniser._score(m) is not None:
            if m["dmy"] is not None and m["y_dmy"] is None:
                year = _TWO_DIGIT_YEAR_WORDS.match(text, m.end())
                if year is not None and 1 <= words_to_int(year.group()) <= 99:
                    return m.start(), year.end()
            return m.span()
        m = _YEAR_AFTER_CUE.match(text, pos)
        if m:
            return m.span()
        m = _ROUGH_YEAR_AFTER_CUE.match(text, pos)
        if m:
            return m.span("year")  # « ddn : ~1971 », « DDN : env. 1948 »: a birth year known roughly
        m = _PART_BLANK.match(text, pos)
        if m:
            return m.span("year") if m["year"] is not None else m.span("month_year")
        m = _YEAR_WORDS_AFTER_CUE.match(text, pos)
        if m and 1900 <= words_to_int(m.group()) <= 2099:
            return m.span()
        if _EN_BEFORE.search(text, max(0, pos - 6), pos):
            # « née en quatre-vingt-dix »: the year's two last digits in words, as said (twenty and over:
            # « né en six » is no year)
            m = _SHORT_YEAR_WORDS.match(text, pos)
            if m and 20 <= words_to_int(m.group()) <= 99:
                return m.span()
        for pattern in (_SIX_DIGITS, _SPACED, _SHORT_DOTTED):
            m = pattern.match(text, pos)
            if m and is_valid_date(int(m["d"]), int(m["m"]), full_year(m["y"])):
                return m.span()
        # (« né le 2 2 1 9 4 9 », boxes without a leading zero: 2/2/1949)
        return short_date_at(text, pos) or unpadded_date_at(text, pos)
