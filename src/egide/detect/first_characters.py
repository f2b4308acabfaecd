"""Where a match of a regular expression can begin: the characters its first step can consume.

``re`` skips ahead fast only for a pattern that opens with a literal or a character class. One that
opens with a look-behind or an alternation under ``re.IGNORECASE`` (the date patterns: « (?<![\\w])
(?: weekday | day | month … ) ») is tried whole at every position, and each try costs 0.5 to
1.5 µs even where no match can begin (a space, a comma, a lower-case letter inside a word): a third
of a millisecond for the few hundred characters around the month names of a 2,000-character note.

Read off the parsed pattern, the characters a match can begin with make one character class, which
``re`` finds in C; :func:`finditer` tries the pattern at those characters only, and yields exactly
what ``regex.finditer`` yields (a match begins with the first character it consumes, and a pattern
that can match the empty string is left to ``re``). Where the class cannot be told (a pattern that
may open with any character, a back-reference, a group that turns IGNORECASE off or changes ASCII
before the first character), :func:`first_characters` says None and ``re`` scans as before. A group
that turns IGNORECASE on (« (?<![A-Za-z])(?i:bearer|token) ») is told: its class ignores case too.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

# The parser of ``re`` (``sre_parse`` before 3.11, deprecated under that name since): untyped.
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")

#: Flags that change which characters a class holds: a pattern that switches them inside is given up.
_CHARACTER_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE

_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = frozenset({_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT})
_REPEATS = frozenset({_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT})

# (members of the class as written inside « [ ] », whether the sequence may consume nothing), or None
_First = tuple[list[str], bool] | None


# Read once per pattern (the recognisers' module-level constants, never a text), keyed by identity: a
# pattern's hash reads its whole compiled code each time, longer than the scan for a date pattern.
_KNOWN: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
_LED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def first_characters(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern for the characters a match of ``regex`` can begin with (the first step's class,
    after the character before when the pattern opens with a look-behind of one), or None."""
    known = _KNOWN.get(id(regex))
    if known is None or known[0] is not regex:
        known = _KNOWN[id(regex)] = (regex, _first_characters(regex))
    return known[1]


def _first_characters(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    if regex.flags & re.LOCALE:
        return None
    parsed = _parser.parse(regex.pattern, regex.flags)
    ignore_case = parsed.state.flags & re.IGNORECASE
    items = list(parsed)
    if items and items[0][0] in (_constants.LITERAL, _constants.IN) and not ignore_case:
        return None  # « [A-Z]… », « \d… »: ``re`` skips ahead to that character itself
    # « (?<![\w-]) » before the first step: the character before a match is none of these
    not_after: list[str] = []
    while items and items[0][0] in _ZERO_WIDTH:
        op, av = items.pop(0)
        if op is _constants.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
            inner_op, inner_av = av[1][0]
            one = _item(inner_op, inner_av, ignore_case, [])
            if one is not None and not one[1]:
                not_after += one[0]
    scoped: list[bool] = []
    first = _sequence(items, ignore_case, scoped)
    if first is None or first[1] or not first[0]:
        return None  # unknown, or a match may be empty: ``re`` scans every position
    # The class first, so that ``re`` skips ahead to its characters; then the character before,
    # looked at from the one after it (« . » with DOTALL: whatever it is). A class holding the first
    # characters of a group that ignores case (« (?<![A-Za-z])(?i:bearer|token) ») ignores case too,
    # and only it: ``re`` then folds its letters as it folds the group's (the Kelvin sign, the long
    # s), and the look-behind keeps its own case. (Characters the rest of the class would not take
    # are tried for nothing: a few more tries, never a match missed.)
    head = f"(?i:{_class(first[0])})" if scoped else _class(first[0])
    pattern = head + (f"(?<!{_class(not_after)}.)" if not_after else "")
    return re.compile(pattern, (regex.flags & (re.IGNORECASE | re.ASCII)) | re.DOTALL)


def _class(members: list[str]) -> str:
    return "[" + "".join(dict.fromkeys(members)) + "]"


def led(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` behind a look-ahead at the characters a match can begin with (:func:`first_characters`),
    or None when they cannot be told: the same matches, with the same groups.

    ``re`` tries a pattern that opens on a look-behind or an alternation at every character, each try
    costing the whole first step; behind the look-ahead, a try where no match can begin costs one
    test of a class, in C: a half to a sixth of the time, and no Python loop over the candidates.
    """
    known = _LED.get(id(regex))
    if known is None or known[0] is not regex:
        first = first_characters(regex)
        pattern = None
        if first is not None:
            # (a verbose pattern may end on a comment: its line ends before the group closes)
            close = "\n)" if regex.flags & re.VERBOSE else ")"
            try:
                pattern = re.compile(f"(?=(?s:{first.pattern}))(?:{regex.pattern}{close}", regex.flags)
            except re.error:  # flags set for the whole pattern at its start (« (?i)… »): not wrapped
                pattern = None
        known = _LED[id(regex)] = (regex, pattern)
    return known[1]


def search(
    regex: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """``regex.search(text, pos, endpos)``, trying the pattern only where a match can begin (:func:`led`)."""
    return (led(regex) or regex).search(text, pos, len(text) if endpos is None else endpos)


def finditer(
    regex: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, pos, endpos)``, trying the pattern only where a match can begin."""
    end = len(text) if endpos is None else endpos
    fast = led(regex)
    if fast is not None:
        yield from fast.finditer(text, pos, end)
        return
    first = first_characters(regex)
    if first is None:
        yield from regex.finditer(text, pos, end)
        return
    match = regex.match
    for candidate in first.finditer(text, pos, end):
        at = candidate.start()
        if at < pos:
            continue  # inside the match just found: ``finditer`` goes on from its end
        found = match(text, at, end)
        if found is not None:
            pos = found.end()  # never empty: the pattern cannot match the empty string
            yield found


def _sequence(items: list[tuple[Any, Any]], ignore_case: int, scoped: list[bool]) -> _First:
    """``scoped`` gets an item when a group that turns IGNORECASE on gave members."""
    members: list[str] = []
    for op, av in items:
        first = _item(op, av, ignore_case, scoped)
        if first is None:
            return None
        members += first[0]
        if not first[1]:
            return members, False
    return members, True


def _item(op: Any, av: Any, ignore_case: int, scoped: list[bool]) -> _First:
    if op is _constants.LITERAL:
        return _literal(av, ignore_case), False
    if op is _constants.IN:
        members: list[str] = []
        for kind, value in av:
            if kind is _constants.LITERAL:
                members += _literal(value, ignore_case)
            elif kind is _constants.RANGE:
                members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _constants.CATEGORY and value in _CATEGORIES:
                members.append(_CATEGORIES[value])
            else:
                return None  # a negated class (« [^…] »): almost every character
        return members, False
    if op in _ZERO_WIDTH:
        return [], True  # look-arounds and anchors consume nothing: the next step consumes first
    if op is _constants.BRANCH:
        members, empty = [], False
        for branch in av[1]:
            first = _sequence(list(branch), ignore_case, scoped)
            if first is None:
                return None
            members += first[0]
            empty = empty or first[1]
        return members, empty
    if op is _constants.SUBPATTERN:
        _group, add_flags, del_flags, pattern = av
        if del_flags & _CHARACTER_FLAGS or add_flags & _CHARACTER_FLAGS & ~re.IGNORECASE:
            return None
        if add_flags & re.IGNORECASE and not ignore_case:
            # « (?i:bearer|token) » in a pattern that counts case: its letters in any case
            inner = _sequence(list(pattern), re.IGNORECASE, scoped)
            if inner is not None and inner[0]:
                scoped.append(True)
            return inner
        return _sequence(list(pattern), ignore_case, scoped)
    if op is _constants.ATOMIC_GROUP:
        return _sequence(list(av), ignore_case, scoped)
    if op in _REPEATS:
        low, _high, pattern = av
        first = _sequence(list(pattern), ignore_case, scoped)
        if first is None:
            return None
        return first[0], first[1] or low == 0
    return None  # any character, a back-reference, a conditional: not told


def _literal(code: int, ignore_case: int) -> list[str]:
    """The character, and its other cases under ``re.IGNORECASE`` (the class is compiled with the
    pattern's flags too, so that ``re`` adds the case pairs it knows, « K » and the Kelvin sign)."""
    char = chr(code)
    forms = {char}
    if ignore_case:
        forms |= {f for f in (char.lower(), char.upper(), char.swapcase()) if len(f) == 1}
    return [re.escape(f) for f in sorted(forms)]
