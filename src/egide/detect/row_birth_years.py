"""The date right after a person's name in a row, or under a birth date's header, is the date of birth:
« B1  AZOULAY Sarah 1987  douleur abdo », « 12  le bris jacqueline 1929  chute », « DEVAUX Michel  1961  box
6 », « 03-015 | GAUTHIER Monique | 21/04/1950 | IPP … », « N° demande⇥Patient⇥DDN ⏎ …⇥TAMATAI Hinano⇥12/01/1975 ».

A bed board, a list of boxes, a worklist or an export gives each patient one row: an optional bed or box
code, the name, then the year or the date of birth, then the reason or the ward. Once the names are read
(the tables' columns, the lists, the context), the year or the date that closes the name's cell or fills
the next one is the person's birth, as a banner's « né(e) » would say: DATE_NAISSANCE, whether a date
recogniser read it (DATE) or not at all (a year alone). The header of its column says it too (« DDN »,
« Né(e) », « Date de naissance »).

Narrow on purpose, so that the years of a history keep their DATE label: the name opens its row (nothing
before it on the line but a short code and a gap, or a table's cells), the date follows it with no word
between and ends its cell (a gap of two spaces, a separator, a comma, the line's end, the age in
brackets), and it is a plausible birth (a year alone from 1900 to this year, a full date two years old or more: the
day's admission is no birth). « - 2003 cholécystectomie », « Dr Martin 2019 » or « IDM 2011 » keep DATE.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.birth import under_a_birth_header
from egide.detect.recognisers.fr.rows import RowReader

# After the name: spaces (or a separator between cells), then the date.
_BEFORE_DATE = re.compile(r"[ \t]*(?:[|;\t][ \t]*)?")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# The end of the date's cell: a gap, a separator, a comma, the line's end, the age in brackets.
# (« AZOULAY Sarah 1987, douleur », « le bris jacqueline 1929 (97 a) »)
_CELL_END = re.compile(r"[ ]{2,}|[ \t]*(?:[|;\t,]|\n|$)|[ \t]*\([0-9]{1,3}[ \t]*(?:a|ans)\)")
# What may stand before the name on its line: nothing, or cells ending on a gap or a separator, the
# first a short code (« B1 », « 12A », « Box 3 », « 02/12 22:40 | »), no sentence.
_ROW_OPENING = re.compile(
    r"[ \t]*(?:(?:[^\n|;\t]{0,24}[|;\t][ \t]*){1,4}|[^\s|;]{1,6}(?:[ ][^\s|;]{1,6})?(?:[ ]{2,}|\t))?"
)
# A birth is this year's at the latest; a full date is read as one only when it is two years old or more
# (the day's admission, last year's stay are no birth): tied to the clock, so that the bounds do not age.
_LAST_BIRTH_YEAR = datetime.date.today().year
_LAST_BIRTH_DATE_YEAR = _LAST_BIRTH_YEAR - 2
# A birth date's header among a table's (looked for in lower case before any row is read).
_BIRTH_HEADER_WORDS = ("ddn", "naiss", "né", "ne(e)", "nee")
_SEPARATORS = ("|", ";", "\t")
_LINE_ENDS = ("\n", "")
SCORE = 0.8


def birth_years_in_rows(doc: Document, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with the date after a name opening its row, or under a birth date's header, read as the
    date of birth (see the module's docstring): a DATE there relabelled, a year no recogniser read added."""
    text = doc.text
    dates: dict[int, Finding] | None = None
    births: set[tuple[int, int]] = set()
    years: list[tuple[int, int]] = []
    for f in found:
        # (a digit within the next few characters first: most names are followed by words)
        if f.label != Label.NOM or not any(c.isdigit() for c in text[f.end : f.end + 6]):
            continue
        line = text.rfind("\n", 0, f.start) + 1
        opening = _ROW_OPENING.match(text, line, f.start)
        if opening is None or opening.end() != f.start:
            continue
        gap = _BEFORE_DATE.match(text, f.end)
        at = f.end if gap is None else gap.end()
        if dates is None:
            dates = {g.start: g for g in found if g.label == Label.DATE}
        date = dates.get(at)
        if date is not None:
            year = _YEAR.findall(text, date.start, date.end)
            alone = date.end - date.start == 4
            if (
                year
                and int(year[-1]) <= (_LAST_BIRTH_YEAR if alone else _LAST_BIRTH_DATE_YEAR)
                and int(year[-1]) >= 1900
                and _CELL_END.match(text, date.end)
            ):
                births.add((date.start, date.end))
            continue
        year_alone = _YEAR.match(text, at)
        if (
            year_alone is not None
            and 1900 <= int(year_alone.group()) <= _LAST_BIRTH_YEAR
            and not text[year_alone.end() : year_alone.end() + 1].isalnum()
            and _CELL_END.match(text, year_alone.end())
        ):
            years.append(year_alone.span())
    births.update(_under_birth_headers(doc, found))
    if not births and not years:
        return list(found)
    out = [
        Finding(f.start, f.end, Label.DATE_NAISSANCE, max(f.score, SCORE), f.source)
        if f.label == Label.DATE and (f.start, f.end) in births
        else f
        for f in found
    ]
    for start, end in years:
        if not any(f.start < end and start < f.end for f in found):
            out.append(Finding(start, end, Label.DATE_NAISSANCE, SCORE, "row_birth_year"))
    return out


def _under_birth_headers(doc: Document, found: Sequence[Finding]) -> list[tuple[int, int]]:
    """The dates that fill a cell under a birth date's header (« DDN », « Né(e) le », « Naissance »)."""
    text = doc.text
    if "\t" not in text and "|" not in text and ";" not in text:
        return []
    low = doc.lower
    if not any(word in low for word in _BIRTH_HEADER_WORDS):
        return []
    rows: RowReader | None = None
    spans = []
    for f in found:
        if f.label != Label.DATE:
            continue
        # (a cell of its own first, its separator before it and after it or the line's end: the dates of
        # the text's sentences never walk up to a header)
        before = text[max(0, f.start - 4) : f.start].rstrip(" ")
        after = text[f.end : f.end + 4].lstrip(" ")
        opens, closes = before[-1:] in _SEPARATORS, after[:1] in _SEPARATORS
        if (
            not (opens or before[-1:] in _LINE_ENDS)
            or not (closes or after[:1] in _LINE_ENDS)
            or not (opens or closes)
        ):
            continue
        rows = rows or RowReader(text)
        if under_a_birth_header(rows, f.start, f.end):
            spans.append((f.start, f.end))
    return spans
