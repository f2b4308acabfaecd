"""A field's label whose value is not a name: the value already written on its line, or the next label.

« IPP destinataire : 33082164⏎Pièces : CRH du … »: the field had its value (a number) before the line
break, and the word that opens the next line (« Pièces ») is the next field's label, not a name the
label introduces. « Résident : Nom [KERDRAON]  Prénom [Marie-Thérèse] »: the form prints the labels of
its own boxes after the heading's colon; « Nom » is one of them, the name is in the box after it.
"""

from __future__ import annotations

import re

# A colon, something written after it, then the line's break: the field's value on its own line.
_VALUE_THEN_BREAK = re.compile(r":[ \t]*\S[^\n]*\n")

#: The labels of a form's boxes for a person's identity (folded keys): never a name themselves.
IDENTITY_BOX_LABELS = frozenset({"nom", "noms", "prenom", "prenoms", "nee", "ne"})


def value_before_break(gap: str) -> bool:
    """Whether the gap between a label and the next word holds the label's value and then a line break."""
    return "\n" in gap and _VALUE_THEN_BREAK.search(gap) is not None
