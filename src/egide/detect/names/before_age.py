"""A patient's surname and given name typed in lower case right before a short age: « crh rea med CHU
Limoges / mbappe jean-eudes 52a », « - le goff marie 80 ans ».

A note's heading names its patient, then the age clipped (« 52a ») or written (« 80 ans »). In lower
case, the lists may not vouch for a rare surname alone; the pair right before the age, opening an item
(after a slash, a dash, a colon or a line's start), is the name when its second word is a listed given
name (a compound one too, « jean-eudes », a word too, « marie ») and its first no word of the language
or of medicine. A surname alone, in lower case, before its age opens a list's item after its bullet (« -
bouaziz 61a : progression »): a listed surname, no word, then the age and the item's colon.
"""

from __future__ import annotations

import re

from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token

_AGE_GAP = re.compile(r" \d{1,3}")
_AGE_WORDS = frozenset({"a", "ans"})
_OPENS_ITEM = re.compile(r"(?:^|[/:\-—–\n][ \t]*)$")


def _plain(t: Token) -> bool:
    return t.shape == "L" and t.key not in MEDICAL_WORDS and not is_common_word(t.text)


def _given(word: str) -> bool:
    return is_first_name(word) or ("-" in word and all(is_first_name(p) for p in word.split("-") if p))


def names_before_age(toks: list[Token], taken: list[bool]) -> list[Span]:
    """The lower-case surname and given name right before an age, opening their item."""
    spans: list[Span] = []
    for k in range(2, len(toks)):
        t = toks[k]
        if t.key not in _AGE_WORDS or not _AGE_GAP.fullmatch(
            t.gap_before.rstrip(" " if t.key == "ans" else "")
        ):
            continue  # « 52a », « 61 ans »
        surname, given = toks[k - 2], toks[k - 1]
        if _surname_alone_opening_a_listed_item(toks, k, taken):
            spans.append(Span(k - 1, k, 0.75, "before age"))
            continue
        if taken[k - 2] or taken[k - 1] or given.gap_before != " ":
            continue
        # (the given name may be a word too, « marie », « pierre »: the surname may not)
        if not (
            _plain(surname) and given.shape == "L" and given.key not in MEDICAL_WORDS and _given(given.text)
        ):
            continue
        if k - 2 > 0 and not _OPENS_ITEM.search(surname.gap_before):
            continue
        spans.append(Span(k - 2, k, 0.75, "before age"))
    return spans


# A bullet opening its line (« - », « • », « * »), then the surname.
_BULLET_LINE = re.compile(r"(?:^|\n)[ \t]*[-–—•*][ \t]*$")
# After the age: the item's colon, comma or dash.
_ITEM_GOES_ON = re.compile(r"[ \t]*[:,–—-]")


def _surname_alone_opening_a_listed_item(toks: list[Token], k: int, taken: list[bool]) -> bool:
    """« - bouaziz 61a : progression … »: a staff meeting's or a handover's list names each patient by the
    surname alone, in lower case, then the age and a colon: a listed surname that is no word of the
    language or of medicine, right after the bullet that opens its line."""
    t = toks[k - 1]
    if taken[k - 1] or not _plain(t) or not is_surname(t.text) or len(t.key) < 3:
        return False
    if not _BULLET_LINE.search(t.gap_before):
        return False
    return k + 1 < len(toks) and _ITEM_GOES_ON.match(toks[k + 1].gap_before) is not None
