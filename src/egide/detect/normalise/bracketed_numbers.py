"""Look-alikes in a long number a form prints inside one bracket, its groups apart: « [1|6 2|O 9|6 4|4 4
5|O 9 1] clé [2 6] », « N° SS : [2 74 O8 29 O19 183] [O7] ».

A scanned form's NIR or registration number sits in one bracket, its digits in groups of one to three
set apart by spaces or pipes, and the scan reads some zeros as « O » (ones as « l » or « I »). Where
digits are the most of thirteen characters at least, the look-alikes are read as digits, and so are
those of the key in the bracket that follows (« [O7] », « clé [2 6] »), so that the number's readers see
it.
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit

_AS_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1"}
_CHAR = "[0-9OoIl]"
_BRACKETED = re.compile(
    rf"\[(?P<number>{_CHAR}{{1,3}}(?:[ |]{_CHAR}{{1,3}}){{4,}})\]"
    rf"(?:(?P<gap>[ \t]*(?:(?i:cl[ée])[ \t]*:?[ \t]*)?)\[(?P<key>{_CHAR}[ ]?{_CHAR})\])?"
)
_MIN_CHARACTERS = 13


def read_bracketed_lookalikes(draft: Draft) -> None:
    """Read the look-alikes of a long bracketed number (and of its key's bracket) as digits."""
    text = draft.text
    if "[" not in text:
        return
    edits: list[Edit] = []
    for m in _BRACKETED.finditer(text):
        chars = [c for c in m["number"] if c not in " |"]
        digits = sum(c.isdigit() for c in chars)
        if len(chars) < _MIN_CHARACTERS or digits == len(chars) or digits * 3 < len(chars) * 2:
            continue
        for group in ("number", "key"):
            if m[group] is None:
                continue
            edits.extend(
                (i, i + 1, _AS_DIGIT[c]) for i, c in enumerate(m[group], m.start(group)) if c in _AS_DIGIT
            )
    draft.apply(edits)
