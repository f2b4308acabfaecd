"""A country, a département or a region named as the land identifies no person: « L-3236 Bettembourg
(Luxembourg) », « Conseil départemental de la Savoie », « retour du Maroc ».

The name lists hold many lands as surnames or first names (« Luxembourg », « Savoie », « France »,
« Lorraine »); a land's name stands as the land

* after « de la », « du », « de l' », « des », « en », « au », « aux » (« Conseil départemental de la
  Savoie »: a person is not written « de la Dupont » in a letter), or
* in brackets right after a town or a postcode found (« Bettembourg (Luxembourg) »).

Never after a title or a person's cue (« Mme France », « sa fille Lorraine »), nor in brackets after a
relative (« son mari (France) »: the relative's name, see
:mod:`egide.detect.names.relative_in_brackets`), nor in a finding of more than one word (« Anatole
France »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.nobody.cues import titled
from egide.detect.places.countries import COUNTRIES
from egide.detect.places.lexicon import fold_cached
from egide.detect.places.regions import DEPARTMENT_NAMES, REGIONS

# (with the small states the country list leaves to the town rules, being also their capital's name)
_LANDS = (
    COUNTRIES | DEPARTMENT_NAMES | REGIONS | {"luxembourg", "monaco", "andorre", "liechtenstein", "malte"}
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:de[ \t]+la|du|de[ \t]+l['’]|des|en|au|aux)[ \t]*\Z")
_BRACKET_BEFORE = re.compile(r"[ \t]*\([ \t]*\Z")
_PLACES = frozenset({Label.VILLE, Label.CODE_POSTAL})


def drop_lands(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the lands taken for a person's name."""
    names = [f for f in found if f.label == Label.NOM]
    if not names:
        return list(found)
    place_ends: set[int] | None = None
    dropped = set()
    for f in names:
        word = text[f.start : f.end]
        if " " in word or fold_cached(word) not in _LANDS or titled(text, f.start):
            continue
        if _ARTICLE_BEFORE.search(text, max(0, f.start - 8), f.start) is not None:
            dropped.add(id(f))
            continue
        bracket = _BRACKET_BEFORE.search(text, max(0, f.start - 4), f.start)
        if bracket is not None:
            if place_ends is None:
                place_ends = {p.end for p in found if p.label in _PLACES}
            if bracket.start() in place_ends:
                dropped.add(id(f))
    if not dropped:
        return list(found)
    return [f for f in found if id(f) not in dropped]
