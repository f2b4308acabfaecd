"""A name said figuratively identifies nobody: « un vrai Waterloo », « une véritable Bérézina », « un vrai
Tanguy ».

A proper name after « un vrai », « une vraie », « un véritable » is used as a common noun (the defeat, the
son who never leaves home): it names the kind of thing, no one and nowhere in particular. Only after
those words (« un autre Martin » may be a second patient named Martin).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

_LABELS = frozenset({Label.NOM, Label.VILLE})
_FIGURATIVE_BEFORE = re.compile(
    r"(?<![\w])(?i:une?|de|des|quel|quelle|c['’]est)[ \t]+(?i:vrai|vraie|vrais|vraies|véritables?|veritables?"
    r"|sacrée?|sacre|sacree)[ \t]+\Z"
)


def drop_antonomasia(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the names said figuratively."""
    if not any(h in text for h in ("rai", "érit", "erit", "acré", "acre", "RAI")):
        return list(found)
    return [
        f
        for f in found
        if not (
            f.label in _LABELS
            and len(text[f.start : f.end].split()) == 1
            and _FIGURATIVE_BEFORE.search(text, max(0, f.start - 25), f.start) is not None
        )
    ]
