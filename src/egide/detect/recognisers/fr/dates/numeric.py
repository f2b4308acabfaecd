"""Numeric dates: 03/02/1961, 3-2-61, 03.02.1961, 1961-02-03, 02/1961, 03/02, 1er/04, 12 03 2024, glued
23022018, and a month in Roman numerals between a day and a year: 12/IV/2019, 12-IV-2020.

Forms from exports, forms and hurried notes: pipes and loose spacing (« 14|3|1950 », « 05 / 11 | 2019 »,
« 14 . 03 . 1950 »), after a date cue spaces or mixed separators (« 31 5 54 », « 27 9 | 43 », « 7| 8 94 »,
« 2018 08 05 », never one group of a phone number or a NIR), six glued digits after a date cue (« Date :
030619 »), four or five digits, glued or one per box, that lost their separators after a cue (« RDV le
7 1 2 3 », « né le 41078 »), short dotted dates after a cue (« le 7.5.23 »), the English order when the second number cannot be a month (« 03/14/1950 »), and
days with a month alone after a treatment day, in a series (« J8 4/6, J15 11/6 ») or before a time
(« 19/3 18h »), and a day and its month parted by a space alone after « le » (« chute le 12 11 »).

One combined regex, one scan of the text; each alternative has its own named groups (suffixed
``_dmy``, ``_iso``…) and its own check. A date must be a real calendar day, must not be followed
by a unit (« 12/8 mmHg », « 1/2 cp ») and, for the short forms, must read like a date in context.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.calling import CALL_VERB
from egide.detect.recognisers.fr.dates.atoms import (
    DAY,
    DAY2,
    EXAMINATION,
    FIRST,
    MONTH,
    MONTH2,
    UNIT_AFTER,
    YEAR2,
    YEAR4,
)
from egide.detect.recognisers.fr.dates.base import full_year, is_valid_date, verbose, windowed_finditer
from egide.detect.recognisers.fr.dates.context import has_date_cue, has_full_date_cue, has_measure_cue
from egide.detect.recognisers.fr.dates.day_alone import (
    day_opening_range,
    days_alone_after,
    nights_of_two_days,
)
from egide.detect.recognisers.fr.dates.prepared import boxed_on_line
from egide.detect.recognisers.fr.dates.short_days_in_notes import (
    closes_a_shift_heading,
    dates_a_measured_value,
    follows_a_shift,
    heads_a_note,
    heads_a_shift,
)
from egide.detect.recognisers.fr.helplines import HELPLINES

# I..XII, longest alternatives first (« VIII » before « VII » before « VI »).
ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ROMAN_NUMBER = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}  # fmt: skip

# Around a separator: nothing, or one or two spaces on the same line (« 14 . 03 . 1950 »).
_GAP = r"[ \t]{0,2}"

# Not glued to another number, decimal or date part on either side.
# A dash before is checked in ``_score`` (« 12/03/2020-15/03/2020 » is two dates), and so is a comma
# next to a digit: the cell separator of a comma-separated row (« Antoine,03/11/1944,1 67 … »,
# « 41007745,2025-04-22T09:30:00 ») or a decimal comma (« 1,3/4 »). A dot glued after a word may
# come before (« geb.17.04.1961 », typed without the space): not after a digit, a slash, a comma or a dot.
_BEFORE = r"(?<![\w/])(?<![\d/.,]\.)(?<!^\.)"
# « T » may follow an ISO date (« 2020-02-03T10:00 »); a dash and a digit are checked in ``_score``.
# « à » may be glued to a date typed in a hurry (« le 14/03/2019à 14h »).
_AFTER = r"(?!(?!T[0-9]|à)[\w/]|\.[0-9])"

NUMERIC_DATE = verbose(
    rf"""
    {_BEFORE}
    (?:
        # day, month, year with one separator used twice: 03/02/1961, 3-2-61, 03.02.1961, 03 / 02 / 1961
        # and pipes from a table export: 14|3|1950, 05 / 11 | 2019 (a mixed separator needs a 4-digit year)
        (?P<dmy>
            (?P<d_dmy>{FIRST}|{DAY}) {_GAP} (?P<sep_dmy>[/.\-|]) {_GAP} (?P<m_dmy>{MONTH}) {_GAP}
            (?: (?P=sep_dmy) {_GAP} (?P<y_dmy>{YEAR4}|{YEAR2})
              | [/.\-|] {_GAP} (?P<y_mixed>{YEAR4}|{YEAR2})   # a two-digit year needs a cue (below)
              | (?<=[ \t]) (?P<y_spaced>{YEAR4}|{YEAR2}) (?![:hH][0-9]) )  # « le 01|05 1989 », « né le 7| 8 94 »
              # (a cue needed, below); « 13/03 16:52 » is a day and a month, then a time
        )
      | # the English order, only where the second number cannot be a month: 03/14/1950, 12-25-2019
        (?P<mdy>
            (?P<m_us>{MONTH}) (?P<sep_us>[/\-]) (?P<d_us>1[3-9]|2[0-9]|3[01]) (?P=sep_us) (?P<y_us>{YEAR4})
        )
      | # ISO order: 1961-02-03, 1961/02/03
        (?P<iso>
            (?P<y_iso>{YEAR4}) (?P<sep_iso>[/.\-]) (?P<m_iso>{MONTH2}) (?P=sep_iso) (?P<d_iso>{DAY2})
        )
      | # ISO order with loose or mixed separators: 2023 |01|17, 2016 / 05-16, 2016 03 |31 (after a cue, below)
        (?P<iso_loose>
            (?P<y_il>{YEAR4}) (?:{_GAP}[/.\-|]{_GAP}|[ \t]{{1,2}}) (?P<m_il>{MONTH})
            (?:{_GAP}[/.\-|]{_GAP}|[ \t]{{1,2}}) (?P<d_il>{DAY})
        )
      | # month and year: 02/1961, 2-2019, 02.1961
        (?P<my>
            (?P<m_my>{MONTH}) \s? [/.\-] \s? (?P<y_my>{YEAR4})
        )
      | # a two-digit day cut by a line break, then the month and a four-digit year with slashes
        # (« née le 1⏎4/08/1946 »: a fax or a narrow column wrapped the date; after a cue, below)
        (?P<wrapped>
            (?P<d1_w>[0-3]) [ \t]* \n [ \t]* (?P<d2_w>[0-9]) / (?P<m_w>{MONTH2}) / (?P<y_w>{YEAR4})
        )
      | # day and month alone: 03/02, 1er/04 (only with a slash; checked in context below)
        (?P<dm>
            (?P<d_dm>{FIRST}|{DAY}) \s? / \s? (?P<m_dm>{MONTH})
        )
      | # day and month alone with a dot, the month in two digits: 02.12, 05.12, 3.12 (after a day's cue,
        # or before a time or signing a note with a two-digit day; checked below: « 12.05 » is a decimal
        # as often)
        (?P<dm_dot>
            (?P<d_dd>{DAY}) \. (?P<m_dd>{MONTH2})
        )
      | # a Roman-numeral month, upper case, between a day and a year with the same separator: 12/IV/2019.
        # Day and year are required: « IV » alone is the intravenous route, « stade IV » a stage. Spaces
        # too, with a four-digit year (« 5 VII 1972 », checked below). In lower case (a note typed so,
        # « 15/x/2012 », « 13.iii.2025 »), between slashes, dots or dashes only, and not « iv » (below).
        (?P<roman>
            (?P<d_ro>{FIRST}|{DAY})
            (?: (?P<sep_ro>[/.\-]|[ ]) (?-i:(?P<m_ro>{ROMAN_MONTH}|{ROMAN_MONTH.lower()})) (?P=sep_ro)
                (?P<y_ro>{YEAR4}|{YEAR2})
              # (the year left out after a slash, the month in capitals: after a day's cue, checked below,
              # « vu le 7/XII »; May to December only, I to IV being the stages and classes of a scale as
              # often, « le 12/IV »)
              | / (?-i:(?P<m_rn>XII|XI|X|IX|VIII|VII|VI|V)) (?![\w/\-]|\.\w)
            )
        )
      | # spaces only, two-digit day and month, four-digit year: 12 03 2024
        (?P<spaced>
            (?P<d_sp>{DAY2}) [ ] (?P<m_sp>{MONTH2}) [ ] (?P<y_sp>{YEAR4})
        )
      | # spaces after the day, then any separator: « 31 5 54 », « 27 9 | 43 », « 21 01 | 2025 » (after a cue, below)
        (?P<dmy_spaced>
            (?P<d_ds>{DAY}) [ \t]{{1,2}} (?P<m_ds>{MONTH}) (?:{_GAP}[/.\-|]{_GAP}|[ \t]{{1,2}}) (?P<y_ds>{YEAR4}|{YEAR2})
        )
      | # eight glued digits: 23022018 (ddmmyyyy) or 20180223 (yyyymmdd)
        (?P<glued>
            (?P<d_g>{DAY2})(?P<m_g>{MONTH2})(?P<y_g>{YEAR4})
          | (?P<y_gi>{YEAR4})(?P<m_gi>{MONTH2})(?P<d_gi>{DAY2})
        )
      | # month and two-digit year with a slash: « en 03/19 » (only after a date cue, checked below)
        (?P<my2>
            (?P<m_my2>{MONTH2}) / (?P<y_my2>{YEAR2})
        )
      | # six glued digits, ddmmyy: 030619 (only after a date cue, checked below)
        (?P<six>
            (?P<d_6>{DAY2})(?P<m_6>{MONTH2})(?P<y_6>{YEAR2})
        )
    )
    {_AFTER}
    (?!{UNIT_AFTER})
    """
)


_SLASH_DATE_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}-$")
# Where a numeric date could be: two digits around a separator, eight digits in a row, a digit and a
# separator before a Roman numeral (or a space, a Roman numeral and a year), an ordinal « 1er » before a
# separator.
_PREFILTER = re.compile(
    r"[0-9](?:[ \t\n]{0,3}(?:[/.\-|][ \t\n]{0,3}[0-9IVXivx]|(?:er|ᵉʳ)[ \t]?[/.\-])|[0-9]{5}|[ \t]{1,2}[0-9]{1,2}[ \t]{1,2}[0-9]"
    r"|(?:er|ᵉʳ)?[ \t]{1,2}[IVXivx]{1,4}[ \t]{1,2}[0-9]{2}|[ \t]*\n[ \t]*[0-9]/)"
)  # [0-9] scans faster than \d; the last branch is a date with spaces only (« 31 5 54 », « 2018 08 05 »)
# The Roman month between spaces takes a year of two digits too, and may follow « 1er » (« 3 IV 03 »,
# « 1er xii 61 »): the branch once asked for « 19xx »/« 20xx » after a capital numeral only, and the full
# pattern's dates of that shape were never scanned; and a separator may stand alone on a line's end or start
# (« 12-⏎1961 », « 3⏎.2020 »), as the full pattern allows (both found by tests/…/test_prefilters.py).
# Digit groups on either side: the date would be a piece of a phone number or a NIR (« 06 12 34 56 78 »).
_GROUP_BEFORE = re.compile(r"[0-9][ \t.|/\-]{1,3}$")
_GROUP_AFTER = re.compile(r"[ \t.|/\-]{1,3}[0-9]")
# Between two dates of a series (« J8 4/6, J15 11/6 », « 4/6, 11/6 et 18/6 »): separators, linking words
# and treatment-day markers only.
_SERIES_GAP = re.compile(
    r"(?:[ \t,;:()\-–]|et\b|puis\b|au\b|(?:J|C[0-9]{1,2}J)[+-]?[0-9]{1,3}\b)*", re.IGNORECASE
)
_SERIES_REACH = 40
# A time of day after a day and a month: « 16:52 », « 09 h 12 », « 19/3 18h », « 14/03 10h15 », « 12/3 à
# 14 h 30 » (an hour alone too: an appointment's); after a day and a month with a slash, a comma may
# stand between (« (7/12, 8h15, salle 2) »).
_TIME_AFTER = re.compile(
    r"[ \t]+(?:à[ \t]+)?(?:[01]?[0-9]|2[0-3])(?:[ \t]?[hH](?:[ \t]?[0-5][0-9])?|:[0-5][0-9])(?![\w:])"
)
# A pain named right before a value out of ten, an adjective or two between (« douleur thoracique 4/10 à
# 1h », « céphalées frontales 6/10 »): the rating on the pain scale, though a time follows it. Only
# adjectives between, by their endings: « douleur apparue 2/10 à 22h », « depuis 4/10 » name a date.
_PAIN_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:douleurs?|dlrs?|c[ée]phal[ée]es?|algies?|migraines?)"
    r"(?:[ \t]+[^\W\d_]{2,}(?:iques?|ales?|al|aux|aires?|i[fv]s?|ives|elles?|el|antes?|ant|entes?|ent))"
    r"{0,2}[ \t]*(?:[:=][ \t]*|à[ \t]+)?\Z"
)
# « 3/4 de la dose », « 1/3 des cas »: a fraction of something.
_FRACTION_OF = re.compile(r"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|des|du|d['’])[ \t]*[^\W\d_]", re.IGNORECASE)


# After a date cue, a date that lost its separators: four or five glued digits (« le 7123 », « né le
# 41078 »: a form printed it one digit per box, and the boxes were read as one number) or four to six
# digits one per box (« RDV le 7 1 2 3 »). Not a piece of a longer run of digits or groups.
# A time may follow it (« RDV IRM le 2 2 0 7 14h »): its digits are no more boxes.
_SHORT = re.compile(
    r"(?:[0-9]{4,5}|[0-9](?:[ |][0-9]){3,5})(?![\w/|]|[.,][0-9]|[ |][0-9](?![0-9]?(?:[hH]|:[0-9])))"
)
# A long number is one hit (« [0-9]{3,} » runs to its end), not one every four digits.
_SHORT_PREFILTER = re.compile(r"[0-9](?:[0-9]{3,}|[ |][0-9][ |][0-9][ |][0-9])")
_NOT_BEFORE_SHORT = frozenset("/.,|-_")
# The cues that announce a day, not a year: « le », « du », « au », a field's colon, a banner's age.
_DAY_CUE = re.compile(r"(?i)(?:(?<!\w)(?:le|du|au)|:|(?<!\w)ans[ \t]*[–—-])[ \t]*$")
# « en », « entre », « ce » are cues for a year or a month, too weak for digits without separators.
_WEAK_CUE = re.compile(r"(?i)(?<![\w'])(?:en|entre|ce)[ \t]*[:,]?[ \t]*$")
# A number one dials: « joignable au 4521 », « appeler le 3115 » (an extension, ``extension.py``; the verbs, ``calling.py``); a
# date that lost its separators does not follow a verb of calling.
DIALLED = re.compile(rf"(?i)(?<!\w){CALL_VERB}(?:[ \t-]+(?:moi|nous|me|lui))?[ \t]+(?:le|au|à|sur)[ \t]*$")


# « Bilan 12/05 2019 », « IRM 3/4 2021 », « contrôle 12/05 2019 »: a check-up, an examination or a
# visit right before a day, a month and a four-digit year, whatever their separators, dates them.
_CHECK_BEFORE = re.compile(
    rf"(?i:(?<![\w'’])(?:{EXAMINATION}|bilans?(?:[ \t]+[^\W\d_]+)?|biologie|prélèvement|prelevement"
    r"|consultation|visite|contr[ôo]le))[ \t]*[:,]?[ \t]*$"
)


def _dated_check(text: str, start: int, year: str) -> bool:
    """A check-up or an examination is named right before a date whose year has four digits."""
    return len(year) == 4 and _CHECK_BEFORE.search(text, max(0, start - 40), start) is not None


def _reads_as_date(digits: str) -> bool:
    """True when the digits read as a day and month (« 2511 »), or a day, month and two-digit year
    (« 7123 », « 41078 », « 311254 »)."""
    if len(digits) == 4 and is_valid_date(int(digits[:2]), int(digits[2:]), None):
        return True
    year = full_year(digits[-2:])
    head = digits[:-2]
    return any(
        is_valid_date(int(head[:cut]), int(head[cut:]), year)
        for cut in range(1, len(head))
        if len(head[:cut]) <= 2 and len(head[cut:]) <= 2
    )


def short_date_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a date without separators starting at ``pos`` after a date cue, or None."""
    if pos and (text[pos - 1].isalnum() or text[pos - 1] in _NOT_BEFORE_SHORT):
        return None
    m = _SHORT.match(text, pos)
    if m is None:
        return None
    if pos > 1 and text[pos - 1] in " |" and text[pos - 2].isdigit():
        return None  # the last groups of a longer number
    digits = m.group().replace(" ", "").replace("|", "")
    if digits in HELPLINES and len(m.group()) == 4:
        return None  # « composer le 3919 ou le 3977 »: a national helpline, not the 3/9/19
    if (
        len(m.group()) == 4
        and 1000 <= int(digits) <= 2099
        and not _DAY_CUE.search(text, max(0, pos - 8), pos)
    ):
        return None  # « depuis 1830 », « en 2019 »: a year (the year recogniser's); « le 1010 » is a day
    if len(digits) < len(m.group()) and len({int(b) - int(a) for a, b in itertools.pairwise(digits)}) == 1:
        return None  # « EVA le 3 4 5 6 », « 2 4 6 8 »: a scale or a list, one step apart
    if not _reads_as_date(digits) or UNIT_AFTER_RE.match(text, m.end()):
        return None
    if (
        not has_full_date_cue(text, pos)
        or _WEAK_CUE.search(text, max(0, pos - 10), pos)
        or has_measure_cue(text, pos)
        or DIALLED.search(text, max(0, pos - 24), pos)
    ):
        return None
    return m.span()


UNIT_AFTER_RE = re.compile(UNIT_AFTER)

# The time of an ISO 8601 stamp, glued to its date by a « T » (« 2026-11-29T14:05 », « …T14:05:09.120Z »,
# « …T14:05:09+01:00 », « 20261129T1405 »): a record export's admission or sample time. Left out, its
# « T14 » reads as a code glued to the date and the minutes stay visible.
_ISO_TIME = re.compile(
    r"T(?:[01][0-9]|2[0-3])(?::?[0-5][0-9](?::?[0-5][0-9](?:[.,][0-9]{1,6})?)?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])?(?![\w:])"
)

# A day and a month alone, for a second look inside a looser form that failed: « J8 4/6 11,2 ng/mL » is
# read first as « 4/6 11 » (a year after a space), « 20\t12/02 » as « 20 12/02 » (spaces after a day);
# the day and month within are then read on their own.
DAY_MONTH_ALONE = verbose(
    rf"""
    {_BEFORE}
    (?P<dm> (?P<d_dm>{FIRST}|{DAY}) \s? / \s? (?P<m_dm>{MONTH}) )
    {_AFTER}
    (?!{UNIT_AFTER})
    """
)


# « a fait une chute le 12 11 », « vu le 3 10 »: a day and its month parted by a space alone, as a note typed
# in a hurry writes them, right after « le » (lower case or opening a sentence); nothing else with
# digits follows (a phone number's groups, a year: read elsewhere), nor a unit. Opening on the literal
# « e », which ``re`` scans for fast; the « l » and the boundary are checked behind it.
_LE_DAY_SPACE_MONTH = verbose(
    rf"""
    e (?:(?<=[^\w'’][Ll]e)|(?<=^[Ll]e)) [ \t]+ (?P<d>{DAY}) [ ] (?P<m>{MONTH})
    (?![\w/,:|\-]|\.[0-9]|[ \t]*[0-9]|[ \t]*[/.\-|][ \t]*[0-9]) (?!{UNIT_AFTER})
    """,
    ignore_case=False,
)


def _spaced_days_after_le(text: str) -> Iterator[tuple[int, int]]:
    """The spans of « le 12 11 »: a real day and month, three digits or more (« le 1 2 » is a list), not
    after a measure's cue nor a verb of calling (« EVA le 10 8 », « appeler le 15 12 »)."""
    for m in _LE_DAY_SPACE_MONTH.finditer(text):
        day, month = m["d"], m["m"]
        if len(day) + len(month) < 3 or not is_valid_date(int(day), int(month), None):
            continue
        le = m.start() - 1
        if has_measure_cue(text, le) or DIALLED.search(text, max(0, m.start("d") - 24), m.start("d")):
            continue
        yield m.start("d"), m.end("m")


class NumericDateRecogniser:
    """DATE: dates written with digits only."""

    name = "fr_date_numeric"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        scanned = 0  # where the look for days alone after a date stopped
        last_end = -1  # where the last date with a day ended: a series goes on from it
        for match in windowed_finditer(NUMERIC_DATE, text, _PREFILTER.finditer(text), before=6, after=22):
            in_series = (
                last_end >= 0
                and match.start() - last_end <= _SERIES_REACH
                and _in_series(text, last_end, match.start())
            )
            score = self._score(text, match, in_series=in_series)
            if score is None and match.lastgroup == "wrapped":
                # no cue before the cut day: the date after the break is read alone (« Total 3⏎4/08/2020 »)
                alone = NUMERIC_DATE.match(text, match.start("d2_w"))
                if alone is not None:
                    match, score = alone, self._score(text, alone, in_series=in_series)
            if score is None and match.lastgroup in ("dmy", "dmy_spaced") and "/" in match.group():
                inner = _day_month_inside(text, match)
                if inner is not None:
                    match = inner
                    score = self._score(text, match, in_series=in_series)
            if score is None and match.lastgroup == "dmy" and match["y_mixed"] is not None:
                # « bloc 3 / 04-12-2026 »: a number and a separator, then the date, which the mixed
                # separators hid (its day read as a month); the date after them is read alone
                after = NUMERIC_DATE.match(text, match.start("m_dmy"))
                if after is not None and after.lastgroup == "dmy" and after["y_dmy"] is not None:
                    match, score = after, self._score(text, after, in_series=in_series)
            if score is not None:
                end = match.end()
                if match.lastgroup in ("iso", "glued") and (clock := _ISO_TIME.match(text, end)) is not None:
                    end = clock.end()  # « 2026-11-29T14:05 »: the time is the same stamp's, masked with it
                if match.lastgroup not in ("my", "my2"):
                    last_end = end
                yield Finding(match.start(), end, Label.DATE, score, self.name)
                if match.lastgroup not in (
                    "my",
                    "my2",
                ):  # a date with a day: « le 4, » after it is its sequel, « du 2 au » before it its range
                    opening = day_opening_range(text, match.start(), self.name)
                    if opening is not None:
                        yield opening
                    days, scanned = days_alone_after(text, match.end(), self.name, scanned)
                    yield from days
        # (« nuit 14-15/11 »: a night's two days, read apart; the second is often no month)
        yield from nights_of_two_days(
            text, doc.lowered if doc.lowered is not None else text.lower(), self.name
        )
        if " le " in text or "\tle " in text or "Le " in text:
            for start, end in _spaced_days_after_le(text):
                yield Finding(start, end, Label.DATE, 0.7, self.name)
        done = -1
        for hit in _SHORT_PREFILTER.finditer(text):
            if hit.start() < done:
                continue
            span = short_date_at(text, hit.start())
            if span is not None:
                done = span[1]
                yield Finding(span[0], span[1], Label.DATE, 0.75, self.name)

    @staticmethod
    def _score(text: str, m: re.Match[str], *, in_series: bool = False) -> float | None:
        kind = m.lastgroup
        end = m.end()
        start = m.start()
        if _comma_and_digit_around(text, start, end) and not _full_date_with_century(m):
            return None  # « 1,3/4 », « 12/3,5 »: a decimal number's part; a full date is a row's cell
        if text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit() and "/" not in m.group():
            return None  # « 06-12-34-56-78 » is a phone number; « 12/03/2020-15/03/2020 » is two dates
        if (
            start
            and text[start - 1] == "-"
            and not _SLASH_DATE_BEFORE.search(text, max(0, start - 12), start)
        ):
            return None  # inside a dashed run of numbers, unless a slashed date precedes the dash
        if kind == "dmy_spaced":
            # Spaces between the parts are the gaps between any numbers: a date only after a cue, and
            # not inside a run of digit groups (« le 06 12 34 56 78 »).
            if not has_full_date_cue(text, start) or _in_group_run(text, start, end):
                return None
            if not is_valid_date(int(m["d_ds"]), int(m["m_ds"]), full_year(m["y_ds"])):
                return None
            if has_measure_cue(text, start):
                return None
            return 0.8
        if kind == "dmy":
            day, month = _day(m["d_dmy"]), m["m_dmy"]
            year = m["y_dmy"] or m["y_mixed"] or m["y_spaced"]
            # (a four-digit year after a space needs no cue after a dash, a dot or a pipe: « Pelletier
            # Corinne, 24-05 1985 », « délivrance du 13-03 2025 »; two digits there are any two numbers,
            # « 7| 8 94 », and a slash a ratio as often, « TA 12/8 2019 patients », « Bilan 12/05 2019 »)
            loose = (m["y_spaced"] is not None and (len(year) == 2 or m["sep_dmy"] == "/")) or (
                m["y_mixed"] is not None and len(year) == 2
            )
            if loose and not has_full_date_cue(text, m.start()) and not _dated_check(text, m.start(), year):
                return None  # « 12/8 2019 », « 3/4.12 »: mixed separators are a date after a cue only
            if (
                m["y_spaced"] is not None
                and _GROUP_AFTER.match(text, end)
                and not _TIME_AFTER.match(text, end)
            ):
                return None  # « 7| 8 94 12 »: more digit groups follow, not a date (a time may: « 8h15 »)
            dotted = m["sep_dmy"] == "." and len(year) == 2 and (len(day) == 1 or len(month) == 1)
            if (
                dotted
                and not has_date_cue(text, m.start())
                and not _in_a_row_cell(text, m.start(), end)
                and not _dotted_in_a_clause(text, m.start(), end, day, month)
            ):
                return None  # « 2.1.10 » is a version number, « le 7.5.23 » a date
            if "|" in m["dmy"] and len(year) == 2 and not has_full_date_cue(text, m.start()):
                return None  # « 3|4|12 »: three cells of a table
            if not is_valid_date(int(day), int(month), full_year(year)):
                return None
            if len(year) == 2 and has_measure_cue(text, m.start()):
                return None  # « Apgar 8/10/10 » is three scores
            return 0.95 if len(year) == 4 else 0.85
        if kind == "iso_loose":
            if not is_valid_date(int(m["d_il"]), int(m["m_il"]), int(m["y_il"])):
                return None
            if _in_group_run(text, start, end):
                return None  # « 2018 06 12 34 »: a run of digit groups
            return 0.85 if has_full_date_cue(text, m.start()) else None
        if kind == "mdy":
            if not is_valid_date(int(m["d_us"]), int(m["m_us"]), int(m["y_us"])):
                return None
            return 0.9
        if (
            kind in ("my", "my2")
            and _EXPIRY_BEFORE.search(text, max(0, start - 40), start)
            and (not _PATIENT_NAMED.search(text) or boxed_on_line(text, start))
        ):
            return None  # « péremption 11/2028 »: a box's or a reagent's month of expiry, nobody's date
        if kind == "my2":
            if int(m["y_my2"]) <= 12 or not has_date_cue(text, m.start()) or has_measure_cue(text, m.start()):
                return None  # « 03/12 » is a day and a month; « 03/19 » alone may be a count
            return 0.75
        if kind == "six":
            if not is_valid_date(int(m["d_6"]), int(m["m_6"]), full_year(m["y_6"])):
                return None
            if text[end : end + 1] == ")" and _NAME_BRACKET_BEFORE.search(text, max(0, start - 40), start):
                return 0.75  # « Mlle Dufresne Océane (030619), 7 ans »: the birth date beside the name
            return 0.8 if has_date_cue(text, m.start()) else None
        if kind == "iso":
            if not is_valid_date(int(m["d_iso"]), int(m["m_iso"]), int(m["y_iso"])):
                return None
            return 0.95
        if kind == "my":
            month = m["m_my"]
            if len(month) == 1 and not has_date_cue(text, m.start()):
                return None  # « 1/2000 » is a dilution unless a cue says otherwise
            if has_measure_cue(text, m.start()):
                return None
            return 0.8
        if kind == "dm":
            day, month = _day(m["d_dm"]), m["m_dm"]
            if not is_valid_date(int(day), int(month), None):
                return None
            # a measure's cue ending the line before (« → 1,5 cp⏎01/12 : lithémie ») says nothing of a
            # logbook's entry that opens its own line
            if has_measure_cue(text, m.start()) and not _opens_a_log_entry(text, m.start(), end):
                return None
            if day != m["d_dm"]:
                return 0.75  # « 1er/04 »: an ordinal day is a date, no score or ratio is written so
            if (
                month == "10"
                and int(day) <= 10
                and _PAIN_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None
            ):
                return None  # « douleur thoracique 4/10 à 1h »: a pain rated out of ten
            fraction = int(day) < int(month) <= 10 and _FRACTION_OF.match(text, end) is not None
            if (has_date_cue(text, m.start()) and not fraction) or _TIME_AFTER.match(
                text, end + (text[end : end + 1] == ",")
            ):
                # « (13/03 16:52) », « [SMS 14/03 09:12] »: a day and month stamped with a time; not « 3/4
                # des cas » after a heading's cue (« consult 3/4 des cas »): a fraction of something
                return 0.75
            if (in_series or _after_treatment_day(text, m.start())) and not _FRACTION_OF.match(text, end):
                return 0.7  # « J8 4/6 », « 4/6, 11/6 »: a day of a dated series
            if _opens_a_log_entry(text, m.start(), end):
                return 0.7  # « 12/1 : toilette… », « 13/1 : douleur… »: the entries of a logbook
            if not fraction and _opens_a_stamped_line(text, m.start(), end):
                return 0.7  # « 02/12 – 18:00 → 06 … »: an SMS log's stamp
            if _opens_a_series_of_days(text, m.start()):
                return 0.7  # « séances : 4/3, 11/3, 18/3 »: the first of a list that only dates make
            if _signs_a_note(text, m.start(), end, int(day), int(month)):
                return 0.7  # « …, appel réa (Jérôme) — 5/12 »: the day the note was written, closing it
            if _heads_a_shift(text, m.start(), end) and not _scale_value(int(day), int(month)):
                return 0.7  # « 10/3 nuit — agité » : a transmission's day and its shift
            if _dates_a_meeting(text, m.start(), end):
                return 0.7  # « staff onco 3/12 », « RCP 14/1 : »: the day of the meeting a list follows
            if not _scale_value(int(day), int(month)) and _dates_the_heading(text, m.start(), end):
                return 0.7  # « consult gynéco maternité Port-Royal 3/12⏎ »: the day of the note it heads
            if not _scale_value(int(day), int(month)) and (
                heads_a_shift(text, end)
                or closes_a_shift_heading(text, m.start(), end)
                or follows_a_shift(text, m.start(), end)
                or dates_a_measured_value(text, m.start(), end)
                or heads_a_note(text, m.start(), end)
            ):
                return 0.7  # « CH Lens 5/12 nuit — », « relève 7h — 06/12⏎ », « INR 1/12 = 2,8 »
            # Without a cue, only two-digit pairs that are not a symmetric score (« 10/10 »).
            if len(day) == 2 and len(month) == 2 and day != month:
                return 0.6
            return None
        if kind == "dm_dot":
            return _dotted_day_month_score(text, m)
        if kind == "roman":
            if m["m_rn"] is not None:
                # « vu le 7/XII », « du 3/IV au 9/IV »: a day and its month in capitals, after a day's cue;
                # not a stage or a class (« stade 3/IV », « NYHA 2/IV »), which no day's cue precedes
                if not _DAY_CUE.search(text, max(0, start - 8), start) or not is_valid_date(
                    int(_day(m["d_ro"])), _ROMAN_NUMBER[m["m_rn"]], None
                ):
                    return None
                return 0.75
            if m["sep_ro"] == " " and len(m["y_ro"]) != 4:
                return None  # « 3 IV 20 »: a dose by the intravenous route as often as a date
            if m["m_ro"].islower() and (m["sep_ro"] == " " or m["m_ro"] == "iv"):
                # « 5 vi 1972 »: lower-case letters between spaces are words as often; « iv » is the
                # intravenous route more often than April
                return None
            valid = is_valid_date(
                int(_day(m["d_ro"])), _ROMAN_NUMBER[m["m_ro"].upper()], full_year(m["y_ro"])
            )
            return 0.9 if valid else None
        if kind == "spaced":
            if start > 1 and text[start - 1] == " " and text[start - 2].isdigit():
                return None  # the end of a run of digit groups (a phone number, a NIR)
            if not is_valid_date(int(m["d_sp"]), int(m["m_sp"]), int(m["y_sp"])):
                return None
            return 0.85
        if kind == "wrapped":
            cut_day = int(m["d1_w"] + m["d2_w"])
            if not has_date_cue(text, start) or not is_valid_date(cut_day, int(m["m_w"]), int(m["y_w"])):
                return None
            return 0.9
        if kind == "glued":
            if m["d_g"] is not None:
                ymd = int(m["y_g"]), int(m["m_g"]), int(m["d_g"])
            else:
                ymd = int(m["y_gi"]), int(m["m_gi"]), int(m["d_gi"])
            if not is_valid_date(ymd[2], ymd[1], ymd[0]):
                return None
            return 0.7
        return None


def _dotted_day_month_score(text: str, m: re.Match[str]) -> float | None:
    """« Bilan du 02.12 », « le 3.12 », « Relève SSPI 05.12 14h », « … — 05.12 »: a day, a dot and two
    digits are a day and its month after a word that sets a day (not « en », « entre », « ce »: a year's
    or a measure's as often); two digits and two digits, before a time of day or signing a note too;
    elsewhere a decimal number (« Hb 12.05 », « version 10.12 »)."""
    start, end = m.start(), m.end()
    day, month = int(m["d_dd"]), int(m["m_dd"])
    if not is_valid_date(day, month, None) or has_measure_cue(text, start):
        return None
    if _GROUP_AFTER.match(text, end) and not _TIME_AFTER.match(text, end):
        return None  # « 05.12 34 56 »: the groups of a longer number
    if has_date_cue(text, start) and not _WEAK_CUE.search(text, max(0, start - 10), start):
        return 0.75
    if len(m["d_dd"]) == 1:
        return None  # « 4.12 14h »: a value and the time it was measured at, as often as a day
    if _TIME_AFTER.match(text, end) or _signs_a_note(text, start, end, day, month):
        return 0.7
    if _opens_a_stamped_line(text, start, end):
        return 0.7  # « 04.12 matin — … »: a note headed by its day
    if not _scale_value(day, month) and (
        closes_a_shift_heading(text, start, end)
        or dates_a_measured_value(text, start, end)
        or follows_a_shift(text, start, end)
    ):
        return 0.7  # « … — relève 7h — 06.12⏎ », « INR 1.12 = 2,8 », « équipe matin 02.12⏎ »
    return None


# The end of a note: the last line of the text, or a line before a blank one (the next note).
_NOTE_END = re.compile(r"[ \t]*\.?[ \t]*(?:\Z|\n[ \t]*(?:\n|\Z))")
# A dash set off by spaces before the day, the note's sentence before it on the same line.
# (or a sentence's full stop, the day closing the note's last line: « … au poste 4 12 07. 3/12 »)
_SIGNING_DASH = re.compile(r"[ \t][—–\-][ \t]*\Z|(?<=[^\W\d_)]|[0-9)])[.!?][ \t]+\Z")
# Words of three lower-case letters or more: a sentence, not a footer's fields (« NOM Prénom — 1/1 »).
_PROSE_WORD = re.compile(r"(?<![^\W\d_])[a-zà-ÿ]{3,}(?![^\W\d_])")
_PAGE_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:page|p|feuillet|folio)\.?[ \t]*\Z")
# The denominators of scales and fractions (« force — 4/5 », « douleur — 3/10 », « 1/2 », « 2/3 »):
# a day at or below such a month is read as their value, not as a date, without a cue.
_SCALE_MONTHS = frozenset({2, 3, 4, 5, 10})


def _scale_value(day: int, month: int) -> bool:
    """« 1/2 », « 4/5 », « 3/10 »: a value on a usual scale or a fraction, which a day and month can be too."""
    return month in _SCALE_MONTHS and day <= month


def _signs_a_note(text: str, start: int, end: int, day: int, month: int) -> bool:
    """True when a day and its month close a note after a dash, as its writer signs it (« …, appel réa
    (Jérôme) — 5/12 »): the line before the dash is a sentence (two words of three letters or more),
    not a footer's fields, which a page number closes (« DUPONT Jean — 05/05/1952 — 1/1 »)."""
    if _scale_value(day, month):
        return False
    dash = _SIGNING_DASH.search(text, max(0, start - 4), start)
    if dash is None or _NOTE_END.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, dash.start()) + 1
    line = text[line_start : dash.start()]
    if any(sep in line for sep in (" — ", " – ", " | ")) or _PAGE_BEFORE.search(line):
        return False
    return len(_PROSE_WORD.findall(line)) >= 2


# A transmission's heading: its day and month open the line (maybe after a bracket or a bullet) or a
# quotation, then the shift (« 10/3 nuit — agité », « : « 4/12 matin : RAS »). Not « journée » nor
# « jour »: « 1/2 journée » is half of one.
_LINE_OPENING = re.compile(r"(?:(?:^|\n)[ \t]*(?:[(\[•*\-–—][ \t]*)?|[«\"“][ \t]*)\Z")
_SHIFT_AFTER = re.compile(r"[ \t]+(?i:nuit|matin|soir|apr[èe]s-midi|aprem)(?![^\W\d_])")


# The expiry of a product right before a month and a year (« Péremption 11/2028 », « EXP : 04/2027 », « à
# utiliser avant fin 03/2027 »): printed on a box or a kit by the month, the same for every patient (a
# preparation's day of expiry, « péremption 15/03/2025 02:00 », is the day it was made for: a date).
_EXPIRY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:p[ée]remption|p[ée]rim[ée]e?|p[ée]remp\.|exp\.?|expir\w*|dlu|date[ \t]+limite(?:[ \t]+d['’]utilisation)?"
    r"|utiliser[ \t]+avant|use[ \t]+by)[ \t]*:?[ \t]*(?:(?i:le|fin|en)[ \t]+)?\Z"
)


# A patient named in the text (a title, a birth, a patient's number): a dispensation made out to a person,
# whose product's expiry is read as a date still (« Mme X — … — Lot 24K118 — Exp. 11/2026 »).
_PATIENT_NAMED = re.compile(
    r"(?<![\w.])(?:Mme|Mlle|M\.|Madame|Monsieur|IPP|NIP|NDA|[Pp]atiente?|née?[ \t]+le)(?![\w])"
)


# A meeting's heading that opens its line, perhaps with its clipped speciality (« staff onco », « RCP
# pneumo », « réunion de synthèse »), then the day and month closing the line: the day it was held.
# (the transmissions clipped too, a carer's note: « tr. kiné 3/12 », « transm. IDE 4/12 »)
_MEETING_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:staff|rcp|r[ée]union(?:[ \t]+de[ \t]+synth[èe]se)?|synth[èe]se|rel[èe]ve|transmissions?"
    r"|transm\.|trans\.|tr\.)"
    r"(?:[ \t]+[^\W\d_]{2,12})?[ \t]+(?:(?i:du)[ \t]+)?\Z"
)
# (or a dash after it, the note going on on its line: « tr. kiné 3/12 — mme Ferreira : 1er lever »; or the
# doctor who writes it, his title then his name: « consult ORL brabois 1/12 dr hocquard »)
_LINE_CLOSES = re.compile(
    r"[ \t]*(?:[:—–\-][ \t]*)?(?:\n|\Z)|[ \t]+[—–\-][ \t]+"
    r"|[ \t]+(?i:dr|pr|docteur|professeur)\.?[ \t]+[^\W\d_]{2,}"
)


# The word that opens a note's heading on the text's first line, clipped as notes clip it (« consult
# pneumo », « ordo sortie urgences CHU Amiens », « crh rea med »): the day and month that close that line
# are the day of the note.
_NOTE_HEADING = re.compile(
    r"[ \t]*(?i:consult|consultation|cs|ordo|ordonnance|crh|cro|cr|compte[ \t-]rendu|courrier|lettre|note"
    r"|notes|obs|observation|visite|hospit|hdj|urgences|sau|sortie|entr[ée]e|admission|suivi|rdv|avis"
    r"|bilan|[ée]val|[ée]valuation|appel|sms|mail)(?![^\W\d_])"
)


_HEADING_REACH = 72


def _dates_the_heading(text: str, start: int, end: int) -> bool:
    """The day and month close the text's first line (or come before a dash on it), which opens on the
    word of a note's kind (see :data:`_NOTE_HEADING`)."""
    return (
        start <= _HEADING_REACH
        and "\n" not in text[:start]
        and ":" not in text[:start]  # (« Note : il reste 7/12 »: a sentence, a count in it)
        # (« Compte rendu de consultation, page — 3/12 »: a page's number)
        and _PAGE_BEFORE.search(text[:start].rstrip(" \t—–-")) is None
        and _LINE_CLOSES.match(text, end) is not None
        and _NOTE_HEADING.match(text) is not None
    )


def _dates_a_meeting(text: str, start: int, end: int) -> bool:
    return (
        _LINE_CLOSES.match(text, end) is not None
        and _MEETING_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _heads_a_shift(text: str, start: int, end: int) -> bool:
    return (
        _SHIFT_AFTER.match(text, end) is not None
        and _LINE_OPENING.search(text, max(0, start - 6), start) is not None
    )


# A row's cell separator around a value: a dash set off by spaces, a pipe, a tab or a semicolon.
_CELL_BEFORE = re.compile(r"(?:[ \t][—–\-]|[|\t;])[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*(?:[—–\-][ \t]|[|\t;]|\n|$)")


def _in_a_row_cell(text: str, start: int, end: int) -> bool:
    """The value stands alone between a row's separators (« 10h30 Meyer Odette — 2.9.39 — reprise PTG
    D », « DUPONT | 7.5.33 | »): a planning's or an export's column of dates, which a version number
    (« v2.1.10 », « version 2.1.10 ») is not."""
    return (
        _CELL_BEFORE.search(text, max(0, start - 4), start) is not None
        and _CELL_AFTER.match(text, end) is not None
    )


def _day_month_inside(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The day and month alone inside a looser form ``m`` that did not read as a date: after the number
    that opened it (« 20\t12/02 »), or before a measured value read as its year (« 4/6 11,2 »). A year
    after a space stays a year (« Bilan 12/05 2019 » is neither, without a cue)."""
    inner = DAY_MONTH_ALONE.search(text, m.start(), m.end())
    if inner is None:
        return None
    # (nor its minutes after it: « 02/12 - 18:00 » is a day and a month, then the time)
    if (
        inner.start() == m.start()
        and not _DECIMAL_AFTER.match(text, m.end())
        and not _MINUTES_AFTER.match(text, m.end())
    ):
        return None
    return DAY_MONTH_ALONE.match(text, inner.start())  # matched again on the whole text: its look-aheads


_DECIMAL_AFTER = re.compile(r"[.,][0-9]")
_MINUTES_AFTER = re.compile(r":[0-5][0-9](?![0-9])")


def _comma_and_digit_around(text: str, start: int, end: int) -> bool:
    """A comma between the match and a digit, on either side (« 5,12/03 », « 12/03,5 »)."""
    before = start >= 2 and text[start - 1] == "," and text[start - 2].isdigit()
    return before or (text[end : end + 1] == "," and text[end + 1 : end + 2].isdigit())


def _full_date_with_century(m: re.Match[str]) -> bool:
    """A day, a month and a four-digit year: no decimal number is written so."""
    kind = m.lastgroup
    if kind == "dmy":
        return len(m["y_dmy"] or m["y_mixed"] or m["y_spaced"] or "") == 4
    return kind in ("iso", "mdy", "glued")


def _in_group_run(text: str, start: int, end: int) -> bool:
    """True when another digit group touches the match: it is then one group of a longer number."""
    return _GROUP_BEFORE.search(text, max(0, start - 4), start) is not None or (
        _GROUP_AFTER.match(text, end) is not None
    )


# (or a month after a graft or an operation, « M1 27/6 », « M3 (2/9) », a follow-up's checkpoints after
# its days « J8 », « J15 »; or the number of a course in a calendar of cures, « Cure 5 : 28/4 », « Cycle 3 (12/5) », « Séance
# n° 4 : 2/6 »: a plan of care dates each course so; a note typed in lower case writes « j8 », « c2j1 », not
# « m3 », a volume as often)
_TREATMENT_DAY = re.compile(
    r"(?<![\w])(?:(?:[Jj]|[Cc][0-9]{1,2}[Jj])[+-]?[0-9]{1,3}|M[0-9]{1,2}|(?i:cure|cycle|s[ée]ance|perfusion|injection)[ \t]*"
    r"(?:n[°º][ \t]*)?[0-9]{1,2})[ \t]*[:(=\-–]?[ \t]*$"
)


def _after_treatment_day(text: str, start: int) -> bool:
    """« J8 4/6 », « C2J1 (11/6) »: a day of treatment, then its calendar date."""
    return _TREATMENT_DAY.search(text, max(0, start - 24), start) is not None


# Three days with their month or more, listed: « 4/3, 11/3, 18/3 », « 2/5 - 9/5 - 16/5 ».
_LIST_OF_DAYS = re.compile(
    r"(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})(?:[ \t]*[,;\-–][ \t]*(?P<more>[0-9]{1,2}/[0-9]{1,2})(?![0-9/])){2,}"
)
_DAY_MONTH = re.compile(r"([0-9]{1,2})/([0-9]{1,2})")
# Blood pressures in cmHg and scores are listed the same way (« TA 12/8, 13/8, 14/9 »); in any case, for
# the re-cased reading of a line in capitals.
_MEASURE_BEFORE = re.compile(
    r"(?<![\w])(?i:ta|pa|tas|tad|tension|pression|eva|en|ens|score|mms|moca|glasgow)[ \t]*[:=]?[ \t]*$"
)


def _opens_a_series_of_days(text: str, start: int) -> bool:
    """True when a list of three days with their month or more starts at ``start`` and one of them
    has a day beyond its month's number (« 11/3 »): no score (« 4/10, 6/10, 8/10 ») nor ratio is ever
    written above its denominator, a date is."""
    listed = _LIST_OF_DAYS.match(text, start)
    if listed is None or _MEASURE_BEFORE.search(text, max(0, start - 16), start):
        return False
    pairs = [(int(d), int(m)) for d, m in _DAY_MONTH.findall(listed.group())]
    return all(1 <= m <= 12 and 1 <= d <= 31 for d, m in pairs) and any(d > m for d, m in pairs)


# A logbook's entry: a day and its month open the line, then a colon or a dash and the words of the entry
# (« 12/1 : toilette complète », « 13/1 - appel au médecin »). Two lines or more opened so make a log,
# when one of their days is beyond its month's number: one line alone may be a ratio (« 1/2 : dose
# réduite »), and fractions of a tablet are never above their denominator (« 1/2 : matin », « 1/4 : soir »).
_LOG_ENTRY = re.compile(r"(?m)^[ \t]*([0-9]{1,2})/([0-9]{1,2})[ \t]*[:\-–][ \t]*[^\W\d_]")
_LOG_AFTER = re.compile(r"[ \t]*[:\-–][ \t]*[^\W\d_]")
# The full stop of the entry before, on the same line (« 1/12 : RAS. 2/12 : … »).
_NEXT_ENTRY_BEFORE = re.compile(r"[^\W\d_]{2,}[.;][ \t]+\Z")
# A titled person after the colon (« 1/12 : M. Vanhoutte … », « 3/12 : Mme X »).
_LOG_PERSON_AFTER = re.compile(r"[ \t]*:[ \t]*(?:M\.|Mme|Mlle|Mr|Dr|Pr)[ \t]+[A-ZÀ-Ý]")
# A name right before the bracket that holds the six digits (« Dufresne Océane (030619) »).
_NAME_BRACKET_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’\-]+[ \t]*\(\Z")
# Around a dotted date of one-digit parts with no cue: a bracket's or a clause's place (« (centre
# d'imagerie de Bayeux, 6.11.26) », « IRM du genou, 6.11.26, normale »), not a version's or a
# section's number (« v2.1.10 », « § 4.2.15 », which a word or a sign glued before it holds).
_DOTTED_CLAUSE_BEFORE = re.compile(r"[^\W\d_]{2},[ \t]\Z")
_DOTTED_CLAUSE_AFTER = re.compile(r"[ \t]*[),;]|[ \t]*\n|[ \t]*\Z")


def _dotted_in_a_clause(text: str, start: int, end: int, day: str, month: str) -> bool:
    """« (…, 6.11.26) »: a dotted date with a two-digit day or month set apart by a comma after a word
    and closing its bracket or clause."""
    return (
        (len(day) == 2 or len(month) == 2)
        and _DOTTED_CLAUSE_BEFORE.search(text, max(0, start - 4), start) is not None
        and _DOTTED_CLAUSE_AFTER.match(text, end) is not None
    )


# After a day and month that open a line: a dash, then a time (« 02/12 – 18:00 → 06 … »: an SMS log's
# stamp), or the part of the day (« 04.12 matin — M. X… »: a nurse's note headed by its day).
_STAMP_AFTER = re.compile(
    r"[ \t]+(?:[-–—][ \t]+(?:[01]?[0-9]|2[0-3])(?:[hH](?:[0-5][0-9])?|:[0-5][0-9])(?![\w:])"
    r"|(?i:matin|soir|nuit|après-midi|apres-midi|aprem|midi)(?![\w-]))"
)


def _opens_a_stamped_line(text: str, start: int, end: int) -> bool:
    """True when the day and month at ``start`` open their line, a dash and a time or the part of the
    day after them (« 02/12 – 18:00 », « 04.12 matin »): a log's or a note's stamp, never a value's
    (a value opens no line followed so)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t") and _STAMP_AFTER.match(text, end) is not None


def _opens_a_log_entry(text: str, start: int, end: int) -> bool:
    """True when the day and month at ``start`` open a logbook's line, and another line of the text
    opens the same way with a real day and month; or open the next entry on a logbook's line after a
    full stop (« 1/12 : RAS. 2/12 : somnolent »); or open a note about a titled person (« 1/12 : M. X
    revu », a single entry: no ratio is followed by a title)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LOG_AFTER.match(text, end):
        return False
    before = text[line_start:start]
    if before.strip(" \t"):
        if _NEXT_ENTRY_BEFORE.search(before) is None or _LOG_ENTRY.match(text, line_start) is None:
            return False
    elif _LOG_PERSON_AFTER.match(text, end):
        return True
    days = [(int(e[1]), int(e[2])) for e in _LOG_ENTRY.finditer(text)]
    dated = [(d, m) for d, m in days if is_valid_date(d, m, None)]
    return len(dated) >= 2 and any(d > m for d, m in dated)


def _in_series(text: str, last_end: int, start: int) -> bool:
    """True when only separators, « et », « puis » and treatment days lie between a date and ``start``."""
    gap = _SERIES_GAP.match(text, last_end, start)
    return gap is not None and gap.end() == start and "\n\n" not in text[last_end:start]


def _day(day: str) -> str:
    """« 1er », « 1 er », « 1ᵉʳ » -> « 1 »; other days unchanged."""
    return "1" if not day.isdigit() else day
