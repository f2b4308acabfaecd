"""Letters spaced out read as words: « J e a n  D U P O N T » → « Jean DUPONT ».

A run is three or more single letters, each separated from the next by one space. The single spaces
inside a run are deleted; two or three spaces between two runs are where a word ends, and read as
one space. Inside a run, a change of case starts a new word, as a reader sees it: a capital after a
lower-case letter (« J e a n D U P O N T ») or the capital before a lower-case letter that follows
capitals (« D U P O N T J e a n »); there the space is kept.

Single letters in ordinary text are left alone: a run in lower case only is read only from four
letters on, and never a run with « à », « y » or « ô », which are French words of one letter
(« il y a à faire »). Runs that are not words once joined (« A B O », « a b c ») do no harm: no
recogniser finds anything in « ABO ».
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit

_RUN = re.compile(r"(?<!\w)[^\W\d_](?: [^\W\d_](?!\w)){2,}")
_ONE_LETTER_WORDS = frozenset("àyô")


def _word_starts(letters: str) -> set[int]:
    """Positions in ``letters`` where a new word starts, from the case of the letters."""
    starts = set()
    for i in range(1, len(letters)):
        here, before = letters[i], letters[i - 1]
        if not here.isupper():
            continue
        if before.islower():
            starts.add(i)
        elif before.isupper() and i + 1 < len(letters) and letters[i + 1].islower() and i >= 2:
            starts.add(i)
    return starts


def join_spaced_letters(draft: Draft) -> None:
    """Delete the spaces inside runs of spaced letters."""
    text = draft.text
    edits: list[Edit] = []
    previous_end = -1
    for match in _RUN.finditer(text):
        start, end = match.span()
        letters = text[start:end:2]
        if _ONE_LETTER_WORDS.intersection(letters):
            continue
        if letters.islower() and len(letters) < 4:
            continue
        gap = text[previous_end:start] if previous_end >= 0 else ""
        if 2 <= len(gap) <= 3 and gap.strip(" ") == "":
            edits.append((previous_end + 1, start, ""))
        word_starts = _word_starts(letters)
        for i in range(1, len(letters)):
            if i not in word_starts:
                space = start + 2 * i - 1
                edits.append((space, space + 1, ""))
        previous_end = end
    draft.apply(edits)
