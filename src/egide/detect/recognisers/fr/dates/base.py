"""The shape shared by the date recognisers: one combined regex, a check on each match, one label.

Unlike :class:`egide.detect.recogniser.PatternRecogniser`, the check receives the whole match (its
named groups: day, month, year), because a date is valid or not as a whole (« 31/02 » is not).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer, first_characters, led

#: Returns the score of a match, or None to drop it.
MatchCheck = Callable[[re.Match[str]], float | None]


@dataclass(frozen=True, slots=True)
class MatchRecogniser:
    """Report ``group`` of every match of ``regex`` that ``check`` accepts, with ``label``.

    ``prefilter`` is a cheap regex that must occur in the text for the main one to run at all.
    """

    name: str
    label: str
    regex: re.Pattern[str]
    check: MatchCheck
    group: str | int = 0
    prefilter: re.Pattern[str] | None = None

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if self.prefilter is not None and self.prefilter.search(text) is None:
            return
        for match in self.regex.finditer(text):
            start, end = match.span(self.group)
            if start >= end:
                continue
            score = self.check(match)
            if score is not None:
                yield Finding(start, end, self.label, score, self.name)


def full_year(year: str) -> int:
    """« 61 » -> 1961, « 19 » -> 2019: two-digit years pivot at 30 (clinical history spans a century)."""
    value = int(year)
    if len(year) == 4:
        return value
    return 2000 + value if value < 30 else 1900 + value


def is_valid_date(day: int, month: int, year: int | None) -> bool:
    """True when day/month(/year) is a real calendar day (29 February only in leap years)."""
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 is a leap year
    except ValueError:
        return False
    return True


def verbose(pattern: str, *, ignore_case: bool = True) -> re.Pattern[str]:
    """Compile a verbose pattern built from the atoms."""
    return re.compile(pattern, re.VERBOSE | (re.IGNORECASE if ignore_case else 0))


def windowed_finditer(
    regex: re.Pattern[str],
    text: str,
    hits: Iterable[re.Match[str]] | None,
    *,
    before: int,
    after: int,
    needed: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """Matches of ``regex`` in ``text``, looked for only around the ``hits`` of a cheap prefilter.

    Python's ``re`` scans fast for a pattern that starts with a literal or a character class and
    slowly for one that starts with a look-behind or a case-insensitive alternation. So a cheap
    prefilter (run on the lower-cased text) finds where a date or a street could be, and the full
    pattern runs in a window ``before``/``after`` characters around each hit; windows that overlap are
    merged. ``after`` must exceed the longest text a match can have after the prefilter's hit.
    ``hits=None`` means no prefilter: scan everything.

    A window's end is the end of the string for ``re``, so a look-ahead there sees nothing: every
    match found in a window that stops short of the text is matched again on the whole text from
    the same start, and kept only as the whole text has it.

    ``needed``, when given, is a cheap regex that matches inside every match of ``regex`` (« May » in
    « May 3, 2020 »): a window without a match of it holds none of ``regex`` and is not scanned.
    """
    if hits is None:
        yield from finditer(regex, text)
        return
    first = first_characters(regex)
    size = len(text)
    last_end = -1
    win_start = win_end = -1
    for hit in hits:
        start, end = max(0, hit.start() - before), min(size, hit.end() + after)
        if start <= win_end:
            win_end = max(win_end, end)
            continue
        if win_end > max(win_start, last_end) and _holds(needed, text, max(win_start, last_end), win_end):
            for m in _scan(regex, first, text, max(win_start, last_end), win_end):
                last_end = m.end()
                yield m
        win_start, win_end = start, end
    if _holds(needed, text, max(win_start, last_end), win_end):
        yield from _scan(regex, first, text, max(win_start, last_end), win_end)


def _holds(needed: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether the window may hold a match: ``needed`` is None or occurs inside it."""
    return needed is None or (end > start and needed.search(text, start, end) is not None)


def _scan(
    regex: re.Pattern[str], first: re.Pattern[str] | None, text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in the window, each as the whole text has it; ``first``: where a
    match can begin (:func:`~egide.detect.first_characters.first_characters`), or None."""
    if end <= start:
        return
    whole = end >= len(text)
    last_end = -1
    pos = start  # where ``finditer`` would look next: the pattern is tried at candidates past it only
    fast = led(regex) if first is not None else None
    if fast is not None:
        # the pattern behind a look-ahead at its first characters: ``regex.finditer`` of the window
        for m in fast.finditer(text, start, end):
            checked = m if whole else regex.match(text, m.start())
            if checked is not None and checked.start() >= last_end and checked.end() > checked.start():
                last_end = checked.end()
                yield checked
        return
    for found in regex.finditer(text, start, end) if first is None else first.finditer(text, start, end):
        m = found
        if first is not None:
            if found.start() < pos:
                continue
            tried = regex.match(text, found.start(), end)
            if tried is None:
                continue
            m, pos = tried, tried.end()  # never empty: a pattern that can match nothing has no ``first``
        checked = m if whole else regex.match(text, m.start())
        if checked is not None and checked.start() >= last_end and checked.end() > checked.start():
            last_end = checked.end()
            yield checked


def matches_at(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches ``regex.finditer(text)`` yields, for a pattern that can only match at ``starts``.

    ``starts`` (increasing) must hold every position where a match of ``regex`` can begin, which
    a prefilter on the lower-cased text finds far faster than ``re`` scans for a pattern that opens
    with a look-behind and a case-insensitive alternation. The pattern is tried at each start on
    the whole text, so look-arounds and unbounded repeats see what they would see in a full scan;
    starts inside a previous match are skipped, as ``finditer`` skips them. The pattern must not
    match the empty string.
    """
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        m = regex.match(text, start)
        if m is not None:
            last_end = m.end()
            yield m


def word_starts(pattern: re.Pattern[str], low: str) -> Iterator[int]:
    """Where the words found by ``pattern`` start in the lower-cased text ``low``.

    ``pattern`` must begin with one character that is not a letter (the boundary before the word):
    a leading character class lets ``re`` skip ahead fast, where a leading look-behind would not. The
    text is searched with a space in front so that a word at its very start is found too.
    """
    for m in pattern.finditer(" " + low):
        yield m.start()  # the boundary character sits one before the word, and so does the extra space
