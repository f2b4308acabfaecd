"""A NIR printed in boxes, one group of digits per box, after its label: « N° d'immatriculation : | 2 | 4 5 |
O 6 | 6 4 | 4 4 5 | O 3 l |  clé | 4 5 | » → « 2 45 06 64 445 031 clé 45 ».

A social-security form (a cerfa read by OCR) draws one box per group of the number (sex, year, month,
département, commune, rank) and a last box for the key, each digit spaced in its box, the bars set off by
spaces; the scan reads some digits as the letters they look like (« O » for 0, « l » or « I » for 1). The
boxes of digits one per box (:mod:`boxed_digits`) are single digits; these hold groups, which a table's row
of numbers holds too: they are read only after the label of the number (« immatriculation », « NIR »,
« sécurité sociale », « N° SS », « INS », « matricule »), four groups or more, most of their characters
digits. The groups are read as the NIR's groups separated by one space, the look-alike letters as their
digits, and the key's box after « clé » as the key.
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit

# The characters of a boxed group: digits and the letters a scan reads for them.
_CHAR = r"[0-9OolIS]"
_GROUP = rf"{_CHAR}(?:[ ]{_CHAR})*"
_BAR = r"[ \t]+\|[ \t]+"
_BOXED_NIR = re.compile(
    r"(?<![^\W\d_])(?i:immatriculation|nir|s[ée]curit[ée][ \t]+sociale|n[°º][ \t]*(?:de[ \t]+)?ss|ins|matricule|s[ée]cu)"
    r"(?![^\W\d_])[^\n|]{0,12}\|[ \t]*"
    rf"(?P<groups>{_GROUP}(?:{_BAR}{_GROUP}){{3,}})(?![^\W_])"
    rf"(?:(?P<to_key>[ \t]*\|[ \t]*(?i:cl[ée]|key)[ \t]*:?[ \t]*\|[ \t]*)(?P<key>{_CHAR}(?:[ ]?{_CHAR})?)(?![^\W_]))?"
)
_LOOKALIKE_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"}
_MIN_DIGIT_SHARE = 0.75


def _group_edits(text: str, start: int, end: int) -> list[Edit]:
    """Inside ``text[start:end]``: the spaces between a group's characters deleted, the look-alike letters
    read as digits, the bars between groups read as one space."""
    edits: list[Edit] = []
    at = start
    for bar in re.finditer(_BAR, text[start:end]):
        edits.extend(_inside_group(text, at, start + bar.start()))
        edits.append((start + bar.start(), start + bar.end(), " "))
        at = start + bar.end()
    edits.extend(_inside_group(text, at, end))
    return edits


def _inside_group(text: str, start: int, end: int) -> list[Edit]:
    edits: list[Edit] = []
    for k in range(start, end):
        c = text[k]
        if c == " ":
            edits.append((k, k + 1, ""))
        elif c in _LOOKALIKE_DIGITS:
            edits.append((k, k + 1, _LOOKALIKE_DIGITS[c]))
    return edits


def read_boxed_groups(draft: Draft) -> None:
    """Read a NIR printed one group per box after its label as the NIR in its groups."""
    text = draft.text
    if "|" not in text:
        return
    edits: list[Edit] = []
    for m in _BOXED_NIR.finditer(text):
        groups = m["groups"]
        chars = [c for c in groups if c not in " \t|"]
        if sum(c.isdigit() for c in chars) < _MIN_DIGIT_SHARE * len(chars):
            continue  # mostly letters: words in a table, no number
        edits.extend(_group_edits(text, m.start("groups"), m.end("groups")))
        if m["key"] is not None:
            edits.append((m.start("to_key"), m.end("to_key"), " clé "))
            edits.extend(_inside_group(text, m.start("key"), m.end("key")))
    if edits:
        draft.apply(edits)
