"""Tables drawn with box-drawing characters read as tables drawn with pipes and hyphens.

A form exported from a record screen or a terminal draws its table with « ┌─┬─┐ », « │ » and « └─┴─┘ »
(« │ Nom                  │ HOFFMANN   │ »). The readers of tables know the ASCII drawing only (« | Nom |
HOFFMANN | », « |---|---| »): each stroke is read as its ASCII twin, one for one (same length, offsets
unchanged), so that a row's label gives its value as in a pipe table. Only the characters of box drawing
(U+2500–U+257F) change: no letter, digit or other sign.
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft

# The vertical strokes, the horizontal ones, the corners and the junctions.
_VERTICAL = "│┃┆┇┊┋║╎╏"
_HORIZONTAL = "─━┄┅┈┉═╌╍"
_TABLE = str.maketrans(
    {
        **{c: "|" for c in _VERTICAL},
        **{c: "-" for c in _HORIZONTAL},
        # a corner or a junction is a column's edge on a rule's line (« ┌───┬───┐ » → « |---|---| »)
        **{chr(cp): "|" for cp in range(0x250C, 0x2570) if chr(cp) not in _VERTICAL + _HORIZONTAL},
    }
)


def read_box_tables(draft: Draft) -> None:
    """Read the box-drawing strokes of a text as pipes and hyphens (same length)."""
    text = draft.text
    # (a stroke of its own first, by ``in``: most texts hold none, and a table drawn so holds one of these)
    if not any(stroke in text for stroke in _STROKES) or _BOX.search(text) is None:
        return
    draft.same_length(text.translate(_TABLE))


_STROKES = ("│", "─", "║", "═", "┃", "━", "┆", "┄")
_BOX = re.compile("[\u2500-\u257f]")
