"""A hospital group named by its part of a region, in capitals: « GROUPE HOSPITALIER SUD RÉUNION »,
« GROUPE HOSPITALIER RÉGION MULHOUSE ET SUD ALSACE », « CENTRE HOSPITALIER NORD DEUX-SÈVRES ».

Re-cased, such a name reads as words of the language (« groupe hospitalier sud réunion »), and the
re-cased reading, which drops the establishments it does not find again on a stretch in capitals (a
heading's « BÉNÉFICE CLINIQUE DE CE PASSAGE »), would lose it. The kind « hospitalier » is no word of a
heading's sentence, and a point of the compass or a region or département after it is a name: kept.
"""

from __future__ import annotations

import re

from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.places.regions import DEPARTMENT_NAMES, REGIONS

_KIND = re.compile(
    r"(?:GROUPE(?:MENT)?|CENTRE)[ \t]+HOSPITALIER(?:[ \t]+(?:UNIVERSITAIRE|RÉGIONAL|REGIONAL))?[ \t]+"
)
_COMPASS = frozenset({"nord", "sud", "est", "ouest", "centre", "region", "territoire"})
_LINKS = frozenset({"et", "de", "du", "des", "la", "le", "les", "l'", "d'"})
_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+")


def regional_hospital_group(original: str, start: int, end: int) -> bool:
    """Whether ``original[start:end]`` is a hospital group in capitals named by its part of a region."""
    kind = _KIND.match(original, start, end)
    if kind is None:
        return False
    names = [fold(w) for w in _WORD.findall(original, kind.end(), end)]
    # the compass's point or « région » right after the kind, a region or a département further on
    # (« … DE RÉFÉRENCE EST SATURÉ »: a sentence, its verb no point of the compass)
    return (
        bool(names)
        and names[0] in _COMPASS
        # (every word a place's or a link: « … EST SATURÉ EN BRETAGNE » is a sentence)
        and all(
            w in _COMPASS or w in _LINKS or w in REGIONS or w in DEPARTMENT_NAMES or not is_common_word(w)
            for w in names
        )
        and any(w not in _COMPASS and (w in REGIONS or w in DEPARTMENT_NAMES) for w in names[1:])
    )
