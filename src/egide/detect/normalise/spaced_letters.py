"""Letters spaced out read as words: « J e a n  D U P O N T » → « Jean DUPONT ».

A run is three or more single letters, each separated from the next by one space. The single spaces
inside a run are deleted; two or three spaces between two runs are where a word ends, and read as
one space. Two letters make a word only next to a longer spaced word (« L E  G O F F »). Inside a
run, a change of case starts a new word, as a reader sees it: a capital after a lower-case letter
(« J e a n D U P O N T ») or the capital before a lower-case letter that follows capitals
(« D U P O N T J e a n »); there the space is kept. A long run in capitals that is no word but a
surname and a first name of the lists side by side is read as the two (« B E R T I N L U C A S » →
« BERTIN LUCAS »: the wider gap between them lost in the scan).

Single letters in ordinary text are left alone: a run in lower case only is read only from four
letters on, and never a run with « à », « y » or « ô », which are French words of one letter
(« il y a à faire »), unless its case is a name's (« G u y », « S y l v a i n »: a capital opens it); a letter glued to a hyphen or an apostrophe belongs to a word (« Y a t-il »).
Runs that are not words once joined (« A B O », « a b c ») do no harm: no recogniser finds
anything in « ABO ».
"""

from __future__ import annotations

import re

from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.normalise.mapping import Draft, Edit

# A letter glued to a hyphen or an apostrophe is part of a word (« Y a t-il », « v e m d'un »).
_RUN = re.compile(r"(?<![\w'’-])[^\W\d_](?: [^\W\d_](?![\w'’-]))+")
# Every run of three letters or more has its second and third letters after a space; a pattern
# that starts with a space lets the scan skip from space to space.
_PREFILTER = re.compile(r" [^\W\d_] [^\W\d_](?![\w'’-])")
_ONE_LETTER_WORDS = frozenset("àyô")


def _word_starts(letters: str) -> set[int]:
    """Positions in ``letters`` where a new word starts, from the case of the letters."""
    starts = set()
    for i in range(1, len(letters)):
        here, before = letters[i], letters[i - 1]
        if not here.isupper():
            continue
        after_capitals = before.isupper() and i >= 2 and i + 1 < len(letters) and letters[i + 1].islower()
        if before.islower() or after_capitals:
            starts.add(i)
    return starts


# A run in capitals this long may hold two words whose gap the scan lost (« B E R T I N L U C A S »).
_MIN_SPLIT = 7
_MIN_PART = 3


def _name_split(letters: str) -> int | None:
    """Where a run of capitals that is no word nor name splits into a surname and a first name (in
    either order), both of the lists: a form's boxes spaced one letter each, one space lost between
    the name and the first name (« BERTINLUCAS » → « BERTIN LUCAS »)."""
    if len(letters) < _MIN_SPLIT or not letters.isupper():
        return None
    if is_first_name(letters) or is_surname(letters) or is_common_word(letters):
        return None
    for i in range(_MIN_PART, len(letters) - _MIN_PART + 1):
        head, tail = letters[:i], letters[i:]
        if (is_surname(head) and is_first_name(tail)) or (is_first_name(head) and is_surname(tail)):
            return i
    return None


def _cased_as_a_name(letters: str) -> bool:
    """A capital then lower case (« G u y », « S y l v a i n »), or capitals then such a word
    (« B E R N A D E T S y l v a i n »): the one-letter words of French (« il y a à faire ») are in
    lower case between words, never one letter of a capitalised run."""
    if letters.isupper():
        return True
    head = next(i for i, c in enumerate(letters) if not c.isupper())
    return head >= 1 and letters[head:].islower()


def _word_gap(text: str, end: int, start: int) -> bool:
    """True when ``text[end:start]`` is two or three spaces: the end of a spaced word."""
    return 2 <= start - end <= 3 and text[end:start].strip(" ") == ""


def _accepted(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs read as words: three letters or more, or two next to such a run (« L E  G O F F »)."""

    def alone_ok(run: tuple[int, int]) -> bool:
        letters = text[run[0] : run[1] : 2]
        if len(letters) < 3 or not letters.isalpha():
            return False
        if _ONE_LETTER_WORDS.intersection(letters) and not _cased_as_a_name(letters):
            return False
        return not (letters.islower() and len(letters) < 4)

    ok = [alone_ok(run) for run in runs]
    for i, (start, end) in enumerate(runs):
        pair = text[start:end:2]
        if ok[i] or end - start != 3 or not pair.isalpha() or _ONE_LETTER_WORDS.intersection(pair):
            continue
        before = i > 0 and ok[i - 1] and _word_gap(text, runs[i - 1][1], start)
        after = i + 1 < len(runs) and ok[i + 1] and _word_gap(text, end, runs[i + 1][0])
        ok[i] = before or after
    return [run for run, keep in zip(runs, ok, strict=True) if keep]


def join_spaced_letters(draft: Draft) -> None:
    """Delete the spaces inside runs of spaced letters."""
    text = draft.text
    if _PREFILTER.search(text) is None:
        return
    edits: list[Edit] = []
    previous_end = -1
    for start, end in _accepted(text, [m.span() for m in _RUN.finditer(text)]):
        if previous_end >= 0 and _word_gap(text, previous_end, start):
            edits.append((previous_end + 1, start, ""))
        letters = text[start:end:2]
        word_starts = _word_starts(letters)
        if not word_starts and (split := _name_split(letters)) is not None:
            word_starts = {split}
        for i in range(1, len(letters)):
            if i not in word_starts:
                space = start + 2 * i - 1
                edits.append((space, space + 1, ""))
        previous_end = end
    draft.apply(edits)
