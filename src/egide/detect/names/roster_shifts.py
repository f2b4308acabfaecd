"""The carers of a roster's shift line, a surname alone: « Nuit : Jégat (joignable 06 …) ».

A ward's planning lists its shifts one per line, the shift's word then a colon then who works it
(« Matin : S. LE BOULCH, K. DANIEL », « Soir : Pauline Gicquel », « Nuit : Jégat »). Where a text has two
such lines or more, the capitalised words after a shift's colon are the carers' names, a surname alone
too, which no list may hold: not a word of the language (« Nuit : Calme »), no medical word or title.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.lexicon import is_common_word
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.reader import Span
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
