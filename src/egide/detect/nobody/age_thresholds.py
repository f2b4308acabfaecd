"""An age after a sign or a word of comparison is a threshold, nobody's age: « patients de > 90 ans »,
« régime sans sel non maintenu (> 90 ans) », « au-delà de 95 ans, pas d'indication », « ≥ 92 ans ».

Ages of 90 and over are masked (few people reach them: the age points at the patient). A rule or a
guideline writes an age as a bound (« > », « ≥ », « au-delà de », « à partir de »): no one is that age
there. « Mme X, 93 ans » and « âgée de plus de 90 ans » (what a patient is) stay masked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

_BOUND_BEFORE = re.compile(
    r"(?:[<>≤≥]=?|(?<![\w])(?i:au-delà[ \t]+de|au[ \t]+delà[ \t]+de|à[ \t]+partir[ \t]+de|a[ \t]+partir[ \t]+de"
    r"|jusqu['’]à|passé|passés|avant|après|apres))[ \t]*\Z"
)


def drop_age_thresholds(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the ages written as a bound."""
    if not any(f.label == Label.AGE for f in found):
        return list(found)
    return [
        f
        for f in found
        if not (
            f.label == Label.AGE and _BOUND_BEFORE.search(text, max(0, f.start - 20), f.start) is not None
        )
    ]
