"""Letters printed one per box read as words: « B|O|U|L|A|N|G|E|R| |M|a|r|c|e|l » → « BOULANGER
Marcel », « [D][U][P][O][N][T] » → « DUPONT ».

A form read by OCR prints the name one letter per box, the boxes drawn with bars or brackets, as it
prints the NIR one digit per box (:mod:`boxed_digits`). A run is three letters or more, each
separated from the next by one bar or by the brackets between two boxes (« ][ », « ] [ »); the
separators inside it are deleted. An empty box between two runs (« | | », « |  | ») is where a word
ends: it is read as one space. A bar between two letters with spaces around it is a table's cell
(« | A | B | C | »), and two letters are a choice (« M|F », « O|N »): neither is read.

A form's field is the exception: after its label's colon, the boxes of its value are drawn with bars set
off by spaces (« Nom de naissance : | L | A | R | R | A | L | D | E | »). Four letters or more, each alone
in its box, right after « label : | », are read as one word (an empty box between two runs as a space); a
table's row opens on its bar, never after a colon, and a choice is two boxes.
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


# A field's label and its colon, then boxes drawn with bars set off by spaces, one letter each.
_FIELD_BOXES = re.compile(
    rf":[ \t]*\|[ \t](?P<run>{_LETTER}(?:[ \t]\|[ \t]{_LETTER}(?![^\W_])){{3,}})(?![ \t]*[^\W_])"
)
# The next run of the same field after an empty box (« … | E |   | M | A | R | I | E | »).
_NEXT_FIELD_RUN = re.compile(
    rf"[ \t]\|[ \t]{{1,3}}\|[ \t](?P<run>{_LETTER}(?:[ \t]\|[ \t]{_LETTER}(?![^\W_]))+)(?![ \t]*[^\W_])"
)
_SPACED_BAR = re.compile(r"[ \t]\|[ \t]")


def _field_box_edits(text: str) -> list[Edit]:
    """The bars set off by spaces inside a form field's boxed letters, deleted; an empty box between two
    runs read as one space."""
    edits: list[Edit] = []
    for field in _FIELD_BOXES.finditer(text):
        run_start, run_end = field.span("run")
        while True:
            edits.extend(
                (bar.start(), bar.end(), "") for bar in _SPACED_BAR.finditer(text, run_start, run_end)
            )
            following = _NEXT_FIELD_RUN.match(text, run_end)
            if following is None:
                break
            edits.append((run_end, following.start("run"), " "))
            run_start, run_end = following.span("run")
    return edits


def join_boxed_letters(draft: Draft) -> None:
    """Delete the box separators inside runs of boxed letters; an empty box between runs is a space."""
    text = draft.text
    # (most texts draw no box: two literal searches, before a pattern tried at every letter)
    if "|" not in text and "]" not in text:
        return
    if ": |" in text or ":|" in text:
        field_edits = _field_box_edits(text)
        if field_edits:
            draft.apply(field_edits)
            text = draft.text
    if _PREFILTER.search(text) is None:
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
