"""A reference book named after its author or publisher identifies nobody: « vérifier dans le Vidal »,
« selon le Dorosz », « cf. le Larousse médical ».

Prescribers check doses in books and databases that bear a person's name (Vidal, Dorosz, Larousse,
Robert, Littré, Merck): the name lists read it as a surname. With the masculine article after a verb
or a preposition of looking up (« dans le », « selon le », « d'après le », « cf. le », « voir le »,
« consulter le »), the name is the book's: French does not put « le » before a person's name without a
title (« selon le Dr Vidal » keeps its title, and the name stays masked).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

_LOOKUP_BEFORE = re.compile(
    r"(?<![\w])(?i:dans|selon|d['’]après|d['’]apres|cf\.?|voir|consulter|consulté|consulte|vérifier"
    r"|verifier)[ \t]+le[ \t]+\Z"
)
_ONE_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+\Z")


def drop_reference_works(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the reference books taken for names."""
    if " le " not in text:
        return list(found)
    return [
        f
        for f in found
        if not (
            f.label == Label.NOM
            and _ONE_WORD.match(text, f.start, f.end) is not None
            and _LOOKUP_BEFORE.search(text, max(0, f.start - 20), f.start) is not None
        )
    ]
