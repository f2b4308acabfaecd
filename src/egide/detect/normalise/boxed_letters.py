"""Letters printed one per box read as words: « B|O|U|L|A|N|G|E|R| |M|a|r|c|e|l » → « BOULANGER
Marcel », « [D][U][P][O][N][T] » → « DUPONT ».

A form read by OCR prints the name one letter per box, the boxes drawn with bars or brackets, as it
prints the NIR one digit per box (:mod:`boxed_digits`). A run is three letters or more, each
separated from the next by one bar or by the brackets between two boxes (« ][ », « ] [ »); the
separators inside it are deleted. An empty box between two runs (« | | », « |  | ») is where a word
ends: it is read as one space. A bar between two letters with spaces around it is a table's cell
(« | A | B | C | »), and two letters are a choice (« M|F », « O|N »): neither is read.
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit

_LETTER = r"[^\W\d_]"
_SEPARATOR = r"(?:\||\] ?\[)"
# A letter alone in its box, then at least two more, each after one box separator.
_RUN = re.compile(rf"(?<![^\W_]){_LETTER}(?:{_SEPARATOR}{_LETTER}(?![^\W_])){{2,}}")
_PREFILTER = re.compile(rf"{_LETTER}{_SEPARATOR}{_LETTER}{_SEPARATOR}{_LETTER}")
# An empty box between two runs: the end of a word.
_EMPTY_BOX = re.compile(r"(?:\|[ \t]{1,3}\||\][ \t]{0,2}\[[ \t]{1,3}\][ \t]{0,2}\[)")


def join_boxed_letters(draft: Draft) -> None:
    """Delete the box separators inside runs of boxed letters; an empty box between runs is a space."""
    text = draft.text
    # (most texts draw no box: two literal searches, before a pattern tried at every letter)
    if ("|" not in text and "]" not in text) or _PREFILTER.search(text) is None:
        return
    edits: list[Edit] = []
    previous_end = -1
    for run in _RUN.finditer(text):
        start, end = run.span()
        if previous_end >= 0 and _EMPTY_BOX.fullmatch(text, previous_end, start):
            edits.append((previous_end, start, " "))
        for k in range(start + 1, end):
            if not text[k].isalpha():
                edits.append((k, k + 1, ""))
        previous_end = end
    draft.apply(edits)
