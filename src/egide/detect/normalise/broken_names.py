"""A name after a title that an OCR broke into fragments of one or two characters read whole: « Dr Ce c c a1
d i » → « Dr Ceccaldi » (issue 8, probe19: a fax's signature scanned with spaces at random and a digit
for a letter).

After a title, four fragments or more of one or two letters (or the digits a scan puts for letters: 0,
1, 5), each one space from the next, up to the line's end or another word; they are joined when the word
then reads, its digits read as letters, as a listed surname or first name of five letters or more.
Spaced letters one by one are read by ``spaced_letters``; two fragments by ``split_words``.
"""

from __future__ import annotations

import itertools
import re

from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.normalise.mapping import Draft, Edit

_TITLES = ("Dr", "Pr", "Mme", "Mr", "M.", "Docteur", "Professeur")
# (each title led by its first letter, the character before it looked at after it: ``re`` skips to
# « D », « P », « M »; a leading look-behind would have it try the pattern at every character)
_BROKEN = re.compile(
    r"(?:D(?<![^\W_]D)(?:r|octeur)|P(?<![^\W_]P)(?:r|rofesseur)|M(?<![^\W_]M)(?:me|r)?)\.?[ ]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W_]?(?:[ ][^\W_]{1,2}(?![^\W_])){3,})"
)
# Three fragments of one or two characters in a row, each after one space.
# (``\w`` rather than letters: a cheaper class, for a test that only rules texts out)
_FRAGMENTS = re.compile(r" \w\w? \w\w? \w\w?\b")
_AS_LETTERS = {"0": "o", "1": "li", "5": "s"}
_MIN_LETTERS = 5


def join_broken_names(draft: Draft) -> None:
    """Delete the spaces inside a name after a title that an OCR broke into short fragments."""
    text = draft.text
    if not any(title in text for title in _TITLES) or _FRAGMENTS.search(text) is None:
        return  # (the fragments first: a scan led by a space, cheaper than the titles' alternatives)
    edits: list[Edit] = []
    for m in _BROKEN.finditer(text):
        name = m.group("name")
        if any(c.isdigit() and c not in _AS_LETTERS for c in name):
            continue
        joined = name.replace(" ", "")
        if len(joined) < _MIN_LETTERS:
            continue
        reading = _listed_reading(joined)
        if reading is None:
            continue
        k = 0
        for i, c in enumerate(name, m.start("name")):
            if c == " ":
                edits.append((i, i + 1, ""))
                continue
            if c != reading[k]:
                edits.append((i, i + 1, reading[k]))
            k += 1
    if edits:
        draft.apply(edits)


def _listed_reading(joined: str) -> str | None:
    """The reading of ``joined`` (its digits as letters) that is a listed name and no French word."""
    options = [_AS_LETTERS.get(c, c) for c in joined]
    for chars in itertools.product(*options):
        reading = "".join(chars)
        if (is_surname(reading) or is_first_name(reading)) and not is_common_word(reading):
            return reading
    return None
