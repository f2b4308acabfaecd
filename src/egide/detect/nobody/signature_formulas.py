"""The participle of a signature's formula identifies nobody: « Validé par Marc Eyraud », « Vu par le Dr X »,
« Dicté par … », « Relu et signé par … ».

Reports close on who validated, dictated or read them; the formula's participle opens the line with a
capital and the name lists hold some of them as surnames (« Validé »). The participle is the formula's
when « par » (or « et » and another participle) follows it; the name after « par » stays a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

_PARTICIPLE = re.compile(
    r"(?i:validée?s?|vue?s?|signée?s?|relue?s?|revue?s?|dictée?s?|vérifiée?s?|verifiee?s?|saisie?s?"
    r"|transcrite?s?|rédigée?s?|redigee?s?|tapée?s?|contrôlée?s?|controlee?s?|approuvée?s?|interprétée?s?"
    r"|interpretee?s?|réalisée?s?|realisee?s?|effectuée?s?|effectuee?s?|prescrite?s?)\Z"
)
_PAR_AFTER = re.compile(r"[ \t]+(?:par|et[ \t]+\w+[ \t]+par)(?![\w])")


def drop_signature_formulas(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the participles of a signature's formula."""
    if " par" not in text:
        return list(found)
    return [
        f
        for f in found
        if not (
            f.label == Label.NOM
            and _PARTICIPLE.match(text, f.start, f.end) is not None
            and _PAR_AFTER.match(text, f.end) is not None
        )
    ]
