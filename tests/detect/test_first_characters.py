"""Where a match can begin: the class read off a pattern, and a scan that yields what ``finditer`` does."""

from __future__ import annotations

import re

import pytest

from egide.detect.first_characters import finditer, first_characters, led, search
from egide.detect.recognisers.fr.dates.english import ENGLISH_DATE
from egide.detect.recognisers.fr.dates.month_names import MONTH_NAME_DATE
from egide.detect.recognisers.fr.dates.numeric import NUMERIC_DATE
from egide.detect.recognisers.fr.dates.words import WORD_DATE
from egide.detect.recognisers.fr.dates.years import YEAR_ALONE

TEXT = (
    "Mme Durand, née le 3 mars 1961, vue le mardi 12/04/2024 à 10h30. Kelvin \u212a, long \u017f, "
    "ÉTAT stable ; deux janvier deux mille vingt ; 1er mai ; March 4, 2021 ; dépuis 1998. K-k-s-S "
    "abc123 aaa --- 12-13 mg, (x) [y] ^z$ \\ q\n\tfin \u017fs \u212as kBearer AbEaRer"
)

PATTERNS = [
    r"(?<![\w])(?:mardi|mars|\d{1,2})",
    r"(?<![\w-])k\w*",
    r"s+t?",
    r"(?:a|b|c)+\d",
    r"(?<!\d)-+",
    r"[\(\[\^\\\]\$]\w?",
    r"(?:x)?\d{2}",
    r"\bé\w+",
    r"(?>ab|a)c",
    r"\s\w",
    r"(?i:a)b",
    r"(?<![A-Za-z])(?i:bearer|k|s)\w*",  # the look-behind counts case, the group does not
    r"(?:x|(?i:é))\w",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.ASCII, re.IGNORECASE | re.ASCII])
def test_same_matches_as_finditer(pattern: str, flags: int) -> None:
    regex = re.compile(pattern, flags)
    for pos, endpos in [(0, len(TEXT)), (5, 60), (17, 18), (40, len(TEXT) - 3)]:
        expected = [(m.span(), m.group()) for m in regex.finditer(TEXT, pos, endpos)]
        assert [(m.span(), m.group()) for m in finditer(regex, TEXT, pos, endpos)] == expected


def test_case_folds_that_re_knows() -> None:
    """Under IGNORECASE, « k » matches the Kelvin sign and « s » the long s: the class does too."""
    for pattern in (r"(?<!\w)k", r"s"):
        regex = re.compile(pattern, re.IGNORECASE)
        expected = [m.span() for m in regex.finditer(TEXT)]
        assert expected and [m.span() for m in finditer(regex, TEXT)] == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"a*",  # may match the empty string
        r"(?:x|)",  # likewise, through an empty branch
        r".b",  # any character
        r"[^a]b",  # almost any character
        r"(a)\1",  # fine, but a back-reference first would not be: the class stops at the first step
        r"(?-i:a)b",  # a group that turns IGNORECASE off before the first character
        r"(?a:\w)b",  # or changes ASCII
        r"(?<![\w])(?=a)?",  # only zero-width steps
        r"[A-Z](?<![\w\-].)[A-Z]",  # a class first, case counting: ``re`` skips ahead to it itself
    ],
)
def test_not_told(pattern: str) -> None:
    regex = re.compile(pattern)
    if pattern == r"(a)\1":
        assert first_characters(regex) is not None
        return
    assert first_characters(regex) is None
    assert [m.span() for m in finditer(regex, "a b ab xb")] == [m.span() for m in regex.finditer("a b ab xb")]


def test_told_for_patterns_re_scans_slowly() -> None:
    """A look-behind, an alternation, a class under IGNORECASE first: what ``re`` tries everywhere."""
    for pattern, flags in [
        (PATTERNS[0], 0),
        (PATTERNS[3], 0),
        (PATTERNS[5], re.IGNORECASE),
        (PATTERNS[8], 0),
    ]:
        assert first_characters(re.compile(pattern, flags)) is not None


def test_a_group_that_ignores_case_is_told_with_its_folds() -> None:
    """« (?<![A-Za-z])(?i:k|s) »: the class ignores case as the group does (the Kelvin sign, the long
    s are tried), the look-behind still counts it (a long s before « s » does not rule it out)."""
    regex = re.compile(r"(?<![A-Za-z])(?i:k|s)")
    first = first_characters(regex)
    assert first is not None
    text = "\u017fs \u212a ks Ks"
    assert [m.start() for m in finditer(regex, text)] == [m.start() for m in regex.finditer(text)]
    assert [m.start() for m in regex.finditer(text)] == [0, 1, 3, 5, 8]


def test_look_behind_of_one_character_is_kept() -> None:
    """« (?<![\\w-]) » before the first step: the class is tried after such characters only."""
    first = first_characters(re.compile(r"(?<![\w-])(?:mai|mars)", re.IGNORECASE))
    assert first is not None
    assert [m.start() for m in first.finditer("mai Mars-mai amai")] == [0, 4]


@pytest.mark.parametrize("regex", [MONTH_NAME_DATE, WORD_DATE, NUMERIC_DATE, ENGLISH_DATE, YEAR_ALONE])
def test_date_patterns_are_told(regex: re.Pattern[str]) -> None:
    """The date patterns scanned in windows keep a class: what makes their scan a third cheaper."""
    assert first_characters(regex) is not None
    expected = [m.span() for m in regex.finditer(TEXT)]
    assert [m.span() for m in finditer(regex, TEXT)] == expected


def test_the_pattern_behind_its_look_ahead_keeps_groups_and_comments() -> None:
    """:func:`led` adds a look-ahead and a group that captures nothing: the same matches, groups and
    names; a verbose pattern ending on a comment closes on the next line. A pattern that sets its
    flags for the whole of it at its start cannot be wrapped: :func:`finditer` scans it as before."""
    regex = re.compile(r"(?<!\w) (?P<day>\d{1,2}) (?:/|\s) (\d{1,2}) ?  # a day, a month", re.VERBOSE)
    fast = led(regex)
    assert fast is not None
    pairs = list(zip(regex.finditer(TEXT), fast.finditer(TEXT), strict=True))
    assert pairs
    for m, n in pairs:
        assert (m.span(), m.groups(), m.groupdict(), m.lastgroup) == (
            n.span(),
            n.groups(),
            n.groupdict(),
            n.lastgroup,
        )
    whole = re.compile(r"(?i)(?<![\w])mars")
    assert led(whole) is None
    assert [m.span() for m in finditer(whole, TEXT)] == [m.span() for m in whole.finditer(TEXT)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_search_is_the_search_of_the_pattern(pattern: str) -> None:
    """:func:`search` behind the look-ahead finds what ``regex.search`` finds, in any window."""
    regex = re.compile(pattern, re.IGNORECASE)
    for pos, endpos in [(0, len(TEXT)), (5, 60), (17, 18), (40, len(TEXT) - 3), (90, 130)]:
        expected = regex.search(TEXT, pos, endpos)
        found = search(regex, TEXT, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())
