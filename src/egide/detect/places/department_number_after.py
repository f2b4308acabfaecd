"""ETABLISSEMENT: the département's number that closes an establishment's own name.

Groups of hospitals, laboratories and care networks name themselves after their territory and its
département's number: « GHT Atlantique 17 », « labo Biopôle 66 », « Bio Sud 34 », « HAD Santé 35 ». The
recognisers find the name up to its last word; the number after it is the name's too, and it says where
the person was cared for. Read after the recognisers, from the establishments they found.

Not a number of the name: a count or a measure (« CH Verdun 12 jours », « Clinique du Parc 3 fois »),
a year (four figures), a number that a figure, a slash or a unit follows. The number must close a
clause: the line's end, a stop, a bracket, a dash, or a short function word (« au labo Biopôle 66 à
jeun »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

SOURCE = "department_number_after"
# A département's number (01-95, 2A/2B, 971-976), right after the name, then a clause's end.
_NUMBER_AFTER = re.compile(
    r"[ \t]+(?:0[1-9]|[1-8][0-9]|9[0-5]|97[1-6]|2[AB])"
    r"(?=[ \t]*(?:$|[\n\-,;.:()/|]|(?:à|au|aux|pour|et|le|la|les|en|sur|avec|puis|ou)[ \t]))",
    re.MULTILINE,
)


def department_numbers(doc: Document, found: Sequence[Finding], min_score: float = 0.5) -> list[Finding]:
    """Each establishment of ``found`` that a département's number follows, made to end after it."""
    text = doc.text
    out: list[Finding] = []
    for f in found:
        if f.label != Label.ETABLISSEMENT or f.score < min_score:
            continue
        m = _NUMBER_AFTER.match(text, f.end)
        if m is not None:
            out.append(Finding(f.start, m.end(), Label.ETABLISSEMENT, f.score, SOURCE))
    return out
