"""The arrondissement written after Paris, Lyon or Marseille belongs to the town's name: « Paris 12e »,
« PARIS 12E », « Marseille 8ème », « Lyon 3e », « Paris 1er » (issue #8, probe42: a birth place on an
identity form, « à : PARIS 12E (75) »).

These three towns are cut into numbered arrondissements, and a form, a birth certificate or an address
gives the number after the town's name; the number narrows the place (a birth registered in the twelfth
arrondissement) as a smaller commune would. Only an ordinal's shape right after the town found (a space,
one or two digits, the ordinal's ending: « e », « E », « è », « ème », « eme », « er », « re »), so that
« Paris 12 mg » or « Lyon 3 fois » stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

_CUT_TOWNS = frozenset({"paris", "lyon", "marseille"})
# One space, the arrondissement's number (1 to 20), its ordinal ending, then no letter or digit.
_ORDINAL = re.compile(r"[ \t](?:1(?:er|re)|[1-9]|1[0-9]|20)(?:e|E|è|È|ème|ÈME|eme|EME|er|ER)?(?![\w])")
_ENDINGS = ("e", "è", "me", "er", "re")


def with_arrondissements(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with each town of :data:`_CUT_TOWNS` stretched over the arrondissement written after it."""
    out = list(found)
    for k, f in enumerate(out):
        if f.label != Label.VILLE or text[f.start : f.end].lower() not in _CUT_TOWNS:
            continue
        m = _ORDINAL.match(text, f.end)
        # the ordinal's ending is required: « Paris 12 » alone is as often a count as a place
        if m is None or not m.group().lower().endswith(_ENDINGS):
            continue
        out[k] = f.shifted(f.start, m.end())
    return out
