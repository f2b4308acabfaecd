"""A surname that is also a word, before a first name, alone in a table's cell typed in lower case.

A roster, a schedule or an export writes a person « surname first name » in a cell of its own
(« 08h30⇥maillot chantal⇥06… », « | ba ousmane | »). In lower case :mod:`egide.detect.recase` gives
the listed first name its capital (« Chantal ») but leaves a surname that is also a common word or a
word too short for its lists as written (« maillot », « ba »), and the names reader then masks
the first name alone. Where the two words fill the cell, the surname is one too: capitalised here, as
the same row in usual case writes it (« Maillot Chantal »). A common word that no list holds as a
surname stays as written (« contrôle marie »: a column's label and a name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from egide.detect.names import cues
from egide.detect.names.lexicon import first_name_key, first_names

if TYPE_CHECKING:
    from egide.detect.recase import _Word

# What opens or closes a cell: a tab, a bar, a semicolon, a line break (a comma closes it too).
_CELL_OPENS = frozenset("\t|;\n")
_CELL_CLOSES = frozenset("\t|;,\n")


def surnames_in_cells(words: list[_Word]) -> None:
    """Capitalise the surname before a capitalised first name where the pair fills its cell."""
    from egide.detect.recase import _CAP, _FIRST, _LOWER, _common, _listed

    for i in range(len(words) - 1):
        w, name = words[i], words[i + 1]
        if name.form != _CAP or name.gap_before != " " or not first_name_key(name.key, first_names()):
            continue
        if w.form not in (None, _LOWER, _FIRST) or not w.text.replace("-", "").replace("'", "").isalpha():
            continue
        word = w.key in cues.FUNCTION_WORDS or (_common(w.key) and not _listed(w.key))
        if word or w.key in cues.TITLES or len(w.key) < 2:
            continue
        if i and not any(c in _CELL_OPENS for c in w.gap_before):
            continue
        after = words[i + 2].gap_before if i + 2 < len(words) else name.gap_after or "\n"
        if any(c in _CELL_CLOSES for c in after):
            w.form = _CAP
