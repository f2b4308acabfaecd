"""Digits printed one per box after a code's letters: « RX-2 6 4 4 9 0 2 », « F-6 7 0 0 0 », « CY2 6 3 3 1 7 ».

A form or an OCR'd label prints the digits of a request number, a file reference or a foreign postcode
one per box after the letters of its prefix (« RX- », « CT- », « B- », « L- »), or with the first box
glued to them (« MN2 6 3 3 9 1 »). :mod:`egide.detect.normalise.boxed_digits` leaves such boxes alone
(a run glued to a letter or a dash is a piece of something else there, outside a form): the boxes are
joined here, so that the recognisers read « RX-2644902 », « F-67000 », « CY263317 » as they read the
same numbers printed whole. With a dash, four boxes or more (« B-1 0 0 0 »: a Belgian postcode); glued to
the letters, six or more (« T4 2 0 1 6 » is a tumour's stage and a year) after two letters or more (one
glued letter is a digit an OCR misread, « O9 1 1 1 9 4 7 », the look-alikes' business).
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit

# One to four capitals, a dash or not, then boxes: single digits each after one space.
_PREFIXED = re.compile(r"(?<![\w\-])[A-Z]{1,4}(?P<dash>-?)(?P<run>[0-9](?: [0-9]){3,})(?![\w\-/.,]|[ ][0-9])")
_PREFILTER = re.compile(r"[A-Z]-?[0-9] [0-9] [0-9] [0-9]")
MIN_DASHED = 4
MIN_GLUED = 6


def join_prefixed_boxes(draft: Draft) -> None:
    """Delete the spaces between the boxes that follow a code's letters."""
    text = draft.text
    if _PREFILTER.search(text) is None:
        return
    edits: list[Edit] = []
    for m in _PREFIXED.finditer(text):
        boxes = (len(m["run"]) + 1) // 2
        if boxes < (MIN_DASHED if m["dash"] else MIN_GLUED):
            continue
        if not m["dash"] and m.start("dash") - m.start() < 2:
            continue  # « O9 1 1 1 9 4 7 »: one letter glued to the boxes is a digit an OCR misread

        edits.extend((i, i + 1, "") for i in range(m.start("run") + 1, m.end("run"), 2))
    if edits:
        draft.apply(edits)
