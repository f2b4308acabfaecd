"""A note's status word identifies nobody: « kiné OK », « bilan RAS », « famille NC », « test KO ».

Transmissions and staff notes close an item with a short status written in capitals (« OK », « RAS »:
rien à signaler, « NC »: non communiqué, « NR », « ND », « KO »). Written after a care role (« kiné
OK ») or a relative, the name rules read it as that person's surname. None of these words is a
French surname, nor written as one.
"""

from __future__ import annotations

from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

_STATUS = frozenset({"OK", "Ok", "ok", "RAS", "NC", "NR", "ND", "KO", "RAF", "ATT", "EC", "NF", "VU", "Vu"})


def drop_status_words(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the status words taken for names."""
    return [f for f in found if not (f.label == Label.NOM and text[f.start : f.end] in _STATUS)]
