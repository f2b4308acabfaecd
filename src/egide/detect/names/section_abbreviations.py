"""The headings of a record's sections cut short with their dot: no person.

Notes and lab sheets head their lines with a section's name cut short (« Ant. | 12.06.2026 : HbA1c »,
« Atcd. : HTA », « Trt. : … », « Obs. - RAS », « Rq. : à jeun »). Some of them are names in the lists
(« Ant » an Anthony's short form, « Hist », « Exam »): opening a line with their dot, then a colon, a
cell's bar, a dash, a number or a lower-case word, they are the heading. Before a capitalised word
(« Ant. Dupont ») they may be a given name's initial and are left to the name rules.
"""

from __future__ import annotations

import re

from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: Sections of a medical record cut short (folded, without their dot).
SECTION_ABBREVIATIONS: frozenset[str] = words(
    """
    ant atcd atcds atc trt ttt tt obs rq rem hist exam clin bio biol diag concl ccl pec sympt
    """
)
# After the dot: a colon, a bar (read as a comma), a dash, a figure, or a line's end (a lower-case word is checked apart).
_AFTER = re.compile(r"\.[ \t]*(?:[:|,;\-–—]|\d|\n|$)")


def section_abbreviations(toks: list[Token]) -> list[int]:
    """The indices of the section headings cut short that open a line."""
    found: list[int] = []
    for k in [k for k, t in enumerate(toks) if t.key in SECTION_ABBREVIATIONS]:
        t = toks[k]
        if t.shape not in "CU" or not (k == 0 or "\n" in t.gap_before):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if _AFTER.match(t.gap_after) or (
            t.gap_after.startswith(". ")
            and nxt is not None
            and nxt.shape == "L"
            and "\n" not in nxt.gap_before
        ):
            found.append(k)
    return found
