"""Regex atoms shared by the French recognisers, and the prefiltered pattern recogniser.

Every pattern that starts with a repeated class is anchored by a look-behind that forbids starting
inside a run of that class: that keeps each regex linear on adversarial input (a 50,000-digit run
is tried once, not 50,000 times). ``tests/detect/test_no_backtracking.py`` holds us to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.needles import Needles
from egide.detect.recogniser import Pattern, PatternRecogniser
from egide.detect.recognisers.fr.dates.base import matches_at, windowed_finditer

#: One optional separator between digits of a spaced, dotted or dashed number (« 2 54 03 69 »);
#: two spaces count as one, as in text extracted from justified PDFs (« 06  12  34  56  78 »).
SEP = r"(?:[.\-]| {1,2})?"

#: A number starts at a word boundary and not right after « digit + separator », and ends likewise:
#: otherwise a phone number would be carved out of a spaced NIR, or a SIREN out of an IBAN. The
#: price: two numbers separated by a single space only (« 01 23 45 67 89 06 12 34 56 78 ») are
#: read as one longer number, which no recogniser of a fixed length claims (phones handle it).
NUM_START = r"(?<!\w)(?<!\d[ .\-])(?<!\d  )"
#: The same test written after the first character has been consumed. A pattern that starts with a
#: character class (« \d », « [1-478] ») lets the regex engine skip ahead to candidate characters,
#: which a leading look-behind prevents: twice as fast on clinical text.
AFTER_FIRST = r"(?<!\w.)(?<!\d[ .\-].)(?<!\d  .)"
NUM_END = r"(?!\w)(?![ .\-]\d)(?!  \d)"

#: Between a label word and its value: punctuation, « n° », « numéro », at most a few characters.
#: A table's cell separator is one too (« IPP | 80012345 », « Référence dossier | 2024/PSY/00418 »).
LABEL_FILLER = r"[\s:#=°º.\-()|]{0,6}(?:(?:n\s?[°º]|no\b|num(?:[ée]ro)?\b)[\s:#=°º.\-()|]{0,6})?"

#: Looser filler for unambiguous label words (« FINESS géographique : », « n° RPPS du prescripteur »):
#: any few characters that are not digits nor a line break.
WORDS_FILLER = r"[^\d\n]{0,30}?"


# An object identifier of the ISO/ITU tree: an arc 0, 1 or 2, then four arcs or more, none with a
# leading zero (« 1.2.250.1.213.1.4.8 », the INS's system; « 2.16.840.1.113883.6.1 », LOINC's).
_OID = re.compile(r"[0-2](?:\.(?:0|[1-9][0-9]*)){4,}")
# Where the dots of a NIR written with dots fall, counted in digits (« 1.85.09.62.041.075.31 »).
_NIR_DOTS = frozenset({1, 3, 5, 7, 10, 13})


def is_oid(value: str) -> bool:
    """Whether ``value`` is an OID (the system of an identifier, a code system, a template), not a
    number written with dots: a NIR's groups fall where a NIR's parts end."""
    if _OID.fullmatch(value) is None:
        return False
    positions, count = set(), 0
    for part in value.split(".")[:-1]:
        count += len(part)
        positions.add(count)
    return not positions <= _NIR_DOTS


def digits_of(value: str) -> str:
    """The value without its separators (spaces, dots, dashes, slashes)."""
    return re.sub(r"[ .\-/]", "", value)


def keywords(words: Sequence[str]) -> str:
    """A case-insensitive alternation of label words, whole words only, longest first."""
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return r"(?<![^\W\d_])(?i:" + alternation + r")(?![^\W\d_])"


# A run of digits with single separators between them (« 1 85 05 2A 006 084 91 » included: the
# Corsican département is the only letter a number may carry).
# Only runs of nine digits or more (the shortest number scanned this way, a SIREN) are kept.
_DIGIT_RUN = re.compile(rf"\d(?:{SEP}\d|(?<=2)[ABab]){{8,}}")


def digit_runs(doc: Document) -> tuple[tuple[int, int, int], ...]:
    """``(start, end, digit count)`` of every run of nine digits or more in the document.

    Computed once per text (:meth:`Document.shared`) and shared by the numeric recognisers (NIR,
    RPPS, SIRET, cards): each then scans only the runs long enough to hold its number instead of the
    whole text. And once for both readings of a text when the second reading reads no line break as
    a space between two digits (:func:`_joins_digits`): the runs are then the same in both.
    """
    if _joins_digits(doc):
        return _digit_runs(doc)
    return doc.shared_by_readings(_digit_runs)


def _joins_digits(doc: Document) -> bool:
    """Whether a character this reading changed (a line break read as a space) could stand inside
    a run's separator: a digit (or the Corsican letter after a « 2 ») up to two characters before it,
    and a digit up to two after it. Elsewhere a run can neither hold nor reach a changed character (a
    separator is one or two spaces between digits), and the runs are those of the text as written."""
    text = doc.text
    for at in doc.changed():
        before = text[max(0, at - 2) : at]
        after = text[at + 1 : at + 3]
        if any(c.isdigit() or c in "ABab" for c in before) and any(c.isdigit() for c in after):
            return True
    return False


def _digit_runs(doc: Document) -> tuple[tuple[int, int, int], ...]:
    text = doc.text
    runs = []
    for match in _DIGIT_RUN.finditer(text):
        start, end = match.span()
        runs.append((start, end, sum(map(str.isdigit, text[start:end]))))
    return tuple(runs)


@dataclass(slots=True)
class PrefilteredRecogniser(PatternRecogniser):
    """A pattern recogniser that skips the text, or most of it, when no match can be there.

    ``needles`` are lower-case substrings (« @ », « iban », « :// »): a text without any of them
    cannot contain a match, and looking for them (:class:`Needles`) is far cheaper than a regex scan. With
    ``min_digits``, the patterns (which must match digits and separators only) run on the digit
    runs of the text holding at least that many digits (:func:`digit_runs`). With ``starts``, words
    one of which, in the lower-cased text, begins wherever a match of any pattern can begin, the
    patterns are tried where those words start only (:func:`matches_at`). With ``around``, a regex that
    matches inside every match of the patterns, at most ``window[0]`` characters after its start and
    ``window[1]`` before its end, the patterns run in windows around its matches only
    (:func:`windowed_finditer`). With ``match_starts``, a function of the text that gives, in order,
    every place where a match of the patterns can start, they are tried there only (:func:`matches_at`).
    """

    needles: Sequence[str] = ()
    min_digits: int = 0
    starts: Needles | None = None
    around: re.Pattern[str] | None = None
    window: tuple[int, int] = (0, 0)
    match_starts: Callable[[str], list[int]] | None = None
    #: Characters past a digit run the patterns may read: two for their look-aheads, more for a
    #: pattern that reads a short tail after the number (the NIR's key written apart).
    run_tail: int = 2
    _needle_search: Needles | None = field(default=None, init=False, repr=False)
    #: No needle holds a white space: not finding them rules out the second reading too.
    _needles_without_space: bool = field(default=True, init=False, repr=False)

    def __post_init__(self) -> None:
        PatternRecogniser.__post_init__(self)  # not super(): slots dataclasses break its cell
        self._needle_search = Needles(self.needles) if self.needles else None
        self._needles_without_space = not any(c.isspace() for needle in self.needles for c in needle)

    def may_match(self, doc: Document) -> bool:
        """False when no needle is in the text: none can be either once its line breaks are read as
        spaces, unless a needle holds a white space (see :func:`egide.detect.recogniser.may_match`)."""
        if self._needle_search is None or not self._needles_without_space:
            return True
        return doc.holds(self._needle_search)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if self._needle_search is not None and not doc.holds(self._needle_search):
            return iter(())
        if self.min_digits:
            return self._find_in_runs(text, doc.shared(digit_runs))
        if self.match_starts is not None:
            return self._find_at_starts(text, self.match_starts(text))
        if self.around is not None:
            return self._find_around(text, list(self.around.finditer(text)))
        if self.starts is not None:
            same_offsets = doc.lowered
            if same_offsets is not None:
                return self._find_at_starts(text, self.starts.starts(same_offsets))
        return PatternRecogniser.find(self, doc)

    def _find_around(self, text: str, hits: list[re.Match[str]]) -> Iterator[Finding]:
        before, after = self.window
        for pattern in self.patterns:
            for match in windowed_finditer(pattern.regex, text, hits, before=before, after=after):
                yield from self._finding(text, match, pattern)

    def _find_at_starts(self, text: str, starts: list[int]) -> Iterator[Finding]:
        for pattern in self.patterns:
            for match in matches_at(pattern.regex, text, starts):
                yield from self._finding(text, match, pattern)

    def _find_in_runs(self, text: str, runs: tuple[tuple[int, int, int], ...]) -> Iterator[Finding]:
        for run_start, run_end, digits in runs:
            if digits < self.min_digits:
                continue
            window_end = min(len(text), run_end + self.run_tail)
            for pattern in self.patterns:
                for match in pattern.regex.finditer(text, run_start, window_end):
                    yield from self._finding(text, match, pattern)

    def _finding(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Finding]:
        start, end = match.span(pattern.group)
        if start == end:
            return
        score = pattern.score
        if self.validate is not None:
            validated = self.validate(match.group(pattern.group), pattern.score)
            if validated is None:
                return
            score = validated
        if self.has_context(text, start):
            score = min(1.0, score + self.context_boost)
        yield Finding(start, end, self.label, score, self.name)
