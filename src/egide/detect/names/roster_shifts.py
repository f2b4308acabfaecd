"""The carers of a roster's shift line, a surname alone: « Nuit : Jégat (joignable 06 …) ».

A ward's planning lists its shifts one per line, the shift's word then a colon then who works it
(« Matin : S. LE BOULCH, K. DANIEL », « Soir : Pauline Gicquel », « Nuit : Jégat »). Where a text has two
such lines or more, the capitalised words after a shift's colon are the carers' names, a surname alone
too, which no list may hold: not a word of the language (« Nuit : Calme »), no medical word or title.

An on-call roster lists its specialities the same way, each line giving who to call and how (« Réa : A.
FERRIÈRES – bip 7 21 40 ⏎ Chir. dig. : Loup – 06 31 47 52 08 »): where another line's value is a name a
reader found, the word alone standing at that place before the contact is a name too, a word of the
language as well (« Loup », « Mouton »), but no desk, unit or shift (« Accueil », « Urgences », « Garde »).
"""

from __future__ import annotations

import re

from egide.detect.names import cues
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.reader import Lexicon, Span, care_unit
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: The shifts of a roster (folded keys).
_SHIFTS = words("matin soir nuit jour journee apres-midi aprem garde astreinte week-end matinee")


def _shift_line(toks: list[Token], k: int) -> bool:
    """Token ``k`` is a shift's word opening its line, a colon after it."""
    t = toks[k]
    return (
        t.key in _SHIFTS
        and t.shape == "C"
        and (k == 0 or "\n" in t.gap_before)
        and k + 1 < len(toks)
        and ":" in toks[k + 1].gap_before
        and "\n" not in toks[k + 1].gap_before
    )


def roster_names(toks: list[Token], taken: list[bool]) -> list[Span]:
    """The carers' words no reader took on the shift lines of a roster of two such lines or more."""
    # one pass over the words: the shape of a shift's line is asked of its words only
    heads = [k for k, t in enumerate(toks) if t.key in _SHIFTS and _shift_line(toks, k)]
    if len(heads) < 2:
        return []
    spans: list[Span] = []
    for k in heads:
        j = k + 1
        while j < len(toks) and (j == k + 1 or "\n" not in toks[j].gap_before):
            t = toks[j]
            if "(" in t.gap_before:
                break  # « (joignable …) »: a remark after the names
            if (
                not taken[j]
                and t.shape == "C"
                and t.key not in cues.TITLES
                and t.key not in cues.FUNCTION_WORDS
                and t.key not in MEDICAL_WORDS
                and not is_common_word(t.text.lower())
            ):
                spans.append(Span(j, j + 1, 0.75, "roster"))
            j += 1
    return spans


# After the carer's name on a roster's line, the way to reach them: a dash then a number or a pager's word.
_CONTACT_WORDS = words("bip dect poste tel telephone portable port mobile fixe astreinte")
# (or in brackets, or after a comma: « Loup (bip 4 12) », « Loup, 06 31 … »)
# (a number of four digits at least, spaced or not: « (18) » after « Cher » is a département's)
_CONTACT = re.compile(
    r"[ \t]*(?:(?:[–—-]|,)[ \t]*(?:[0-9]{2}[ .]?[0-9](?:[ .]?[0-9])+|(?P<word>[^\W\d_]+))|\([ \t]*(?P<bracketed>[^\W\d_]+))"
)
_CONTACT_AFTER_COLON = re.compile(
    r":[^\n:]{1,60}?(?:[ \t][–—-]|\(|,)[ \t]*(?:[0-9]{2}|(?i:bip|dect|poste|t[ée]l|port|mobile|fixe|astreinte))"
)
# What answers a roster's line that is no carer: a desk, a switchboard, a pager's pool.
_DESKS = words("accueil standard secretariat central centrale repondeur permanence regulation bureau guichet")
_LABEL_WORDS = 4  # words of a line's label before its colon (« Chir. dig. », « Réa », « Anesth. »)


def _roster_line(text: str, toks: list[Token], k: int) -> tuple[int, int] | None:
    """When token ``k`` opens a line « label : value – contact », the first and last+1 words of the value."""
    start = next(
        (j for j in range(k + 1, min(len(toks), k + _LABEL_WORDS + 1)) if ":" in toks[j].gap_before), None
    )
    if start is None or any("\n" in toks[j].gap_before for j in range(k + 1, start + 1)):
        return None
    end = start + 1
    while end < len(toks) and "\n" not in toks[end].gap_before:
        gap = toks[end].gap_before
        if "–" in gap or "—" in gap or " - " in gap or "(" in gap or any(c.isdigit() for c in gap):
            break
        end += 1
    # the contact after a dash: a number (« – 06 31 … »), or a pager's word (« – bip 7 21 40 »)
    contact = _CONTACT.match(text, toks[end - 1].end)
    word = None if contact is None else contact["word"] or contact["bracketed"]
    if contact is None or (word is not None and fold(word) not in _CONTACT_WORDS):
        return None
    return start, end


def roster_contact_names(
    text: str, toks: list[Token], spans: list[Span], taken: list[bool], lex: Lexicon
) -> list[Span]:
    """On the lines of an on-call roster (« Réa : A. FERRIÈRES, T. SEGUIN – bip 7 21 40 ⏎ Chir. dig. : Loup –
    06 31 47 52 08 »), two of them at least, one naming its carer by a name a reader found: the word alone
    that stands where the others' names stand, between the colon and the contact, is a name too, a word of
    the language as well (« Loup »); not a title, a unit (« Urgences »), a medical word or « néant »."""
    # (two lines at least where a colon is followed, on its line, by a dash and a number or a pager's
    # word: the roster's shape, looked for with one scan that opens on the colon before any word is read)
    if len(_CONTACT_AFTER_COLON.findall(text)) < 2:
        return []
    lines = [
        (k, value)
        for k, t in enumerate(toks)
        if (k == 0 or "\n" in t.gap_before) and (value := _roster_line(text, toks, k)) is not None
    ]
    if len(lines) < 2:
        return []
    named = [False] * len(toks)
    for s in spans:
        for k in range(s.first, s.last):
            named[k] = True
    if not any(any(named[j] for j in range(a, b)) for _k, (a, b) in lines):
        return []
    found: list[Span] = []
    for _k, (a, b) in lines:
        if b != a + 1 or named[a] or taken[a]:
            continue
        t = toks[a]
        if (
            t.shape in "CU"
            and len(t.key) >= 3
            and t.key not in cues.TITLES
            and t.key not in cues.FUNCTION_WORDS
            and t.key not in cues.ABSENT_VALUES
            and t.key not in MEDICAL_WORDS
            and not care_unit(t.key)
            and t.key not in _DESKS
            and t.key not in _SHIFTS
        ):
            found.append(Span(a, a + 1, 0.75, "roster"))
    return found
