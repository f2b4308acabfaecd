"""The town written after a street line and a comma, closing the phrase, no postcode between: « …,
Résidence Les Peupliers, esc. B, appt 24, Le Havre. », « Cité Keur Gorgui, villa n° 41, Dakar (Sénégal) »
(issue #8, probe36: a note gives the address as one phrase; the town recogniser reads a town after « à »,
« de » or a postcode, and a town in such a list of address parts only when the part before it is a
numbered street).

Right after an address found, a comma, then a listed commune or city abroad (``communes.tsv``,
``world_cities.tsv``) written with its capital, which ends the phrase (a full stop, a comma, a semicolon,
a bracket, the line's end): the address's town. A commune that is a French word too and small (« Vue »,
« Sens » are words first) stays, as the town recogniser leaves it without a strong cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.lexicon import commune_after, load_lexicon

_COMMA = re.compile(r"[ \t]*,[ \t]*(?=[A-ZÀ-Þ])")
_PHRASE_ENDS = re.compile(r"[ \t]*(?:[.,;:()]|\n|\Z)")
SCORE = 0.8


def towns_after_addresses(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with the town that closes an address's phrase after a comma (see the module's docstring)."""
    added: list[Finding] = []
    lexicon = None
    for f in found:
        if f.label != Label.ADRESSE:
            continue
        comma = _COMMA.match(text, f.end)
        if comma is None:
            continue
        start = comma.end()
        if any(g.start <= start < g.end for g in found):
            continue  # a town or a name read there already
        lexicon = lexicon or load_lexicon()
        town = commune_after(lexicon, text, start, min(len(text), start + 60))
        if town is None or town[1].ambiguous or _PHRASE_ENDS.match(text, town[0]) is None:
            continue
        added.append(Finding(start, town[0], Label.VILLE, SCORE, "town_after_address"))
    return [*found, *added] if added else list(found)
