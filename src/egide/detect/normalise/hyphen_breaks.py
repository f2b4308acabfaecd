"""A word a PDF or a narrow column cut with a hyphen at the end of a line read whole: « le 10 décem-⏎bre »
→ « le 10 décembre », « le Dr Ca-⏎rassou » → « le Dr Carassou », « 1050 Ixel-⏎les » → « 1050 Ixelles ».

Text extracted from a PDF keeps the hyphens its typesetting put where it broke a word at a line's end.
Read as written, the two halves are two words: a month's name no date recogniser knows, a surname the
name reader takes for two (or none), a commune no list holds. The hyphen and the line break are deleted
when the second half opens the next line in lower case (a compound's parts both carry their capital:
« Jean-⏎Pierre », « Saint-⏎Étienne » stay) and the whole reads as a word of its kind:

- a month's name, or a common word of six letters or more that neither half is (« décem-⏎bre »,
  « consul-⏎tation »), where the hyphenated pair is no word of its own (« porte-⏎monnaie »);
- after a capitalised half, a listed surname, first name or commune (« Ixel-⏎les »), or a word whose
  second half is no French word, nor the first unless it is a syllable of three letters at most
  (« Ca-⏎rassou »: a name no list holds).
"""

from __future__ import annotations

import re

from egide.detect.calendar import MONTHS, unaccented
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.normalise.mapping import Draft, Edit
from egide.detect.places.lexicon import load_lexicon

# A half of two letters or more, the hyphen, the line break (blanks around it), a half in lower case.
_BREAK = re.compile(
    r"(?<![\w'’-])(?P<first>[^\W\d_]{2,})-[ \t]*\n[ \t]*(?P<second>[a-zß-öø-ÿ]{2,})(?![\w'’])"
)
_MONTH_NAMES = frozenset(unaccented(m) for m in MONTHS)
_MIN_WORD = 6


def join_hyphen_breaks(draft: Draft) -> None:
    """Delete the hyphen and the line break inside a word cut at a line's end."""
    text = draft.text
    if "-\n" not in text and "- \n" not in text:
        return
    edits: list[Edit] = []
    for m in _BREAK.finditer(text):
        first, second = m["first"], m["second"]
        if _joins(first, second):
            edits.append((m.end("first"), m.start("second"), ""))
    if edits:
        draft.apply(edits)


def _joins(first: str, second: str) -> bool:
    whole = first + second
    low = whole.lower()
    if unaccented(low) in _MONTH_NAMES:
        return True
    if first[:1].isupper():
        if is_surname(whole) or is_first_name(whole) or load_lexicon().commune(whole) is not None:
            return True
        # (a half of two or three letters says little: « Ca », « Le » are words and a name's syllable alike)
        return not is_common_word(second) and (len(first) <= 3 or not is_common_word(first.lower()))
    return (
        len(whole) >= _MIN_WORD
        and is_common_word(low)
        and not is_common_word(f"{first}-{second}".lower())
        and not is_common_word(first.lower())
    )
