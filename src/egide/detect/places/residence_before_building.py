"""The name of a residence or an estate written before the building's part of an address, and a street
without number after an estate's name: « Les Hauts de Mazargues, bât 3, 84 av. de la Soude », « demeurant
Les Jardins d'Arcadie, bât. B2, Aix-en-Provence », « Lotissement Les Oliviers, rte de la Source » (issue #8,
probe25 and probe42: the large housing estates of a city, and the estates of villages, are written by
their name, then the building, then the street, if any).

The address recognisers read the building's word (« bât. », « esc. », « appt ») and the street; the
estate's name before them has no word saying it is a place when it opens on its article (« Les Hauts
de … », « Le Clos … », « Les Jardins de … »). Here, two shapes:

- a name of capitalised words opening on « Le », « La », « Les » or « L' » (small linking words between:
  « de », « du », « des », « d' »), then a comma, then an address found that opens on a building's word,
  or (no address found) a building's word and its number or letter after an address's cue (« demeurant »,
  « domicilié(e) », « habite », « Adresse : »): the name joins the address;
- after an address found, a comma and a street's abbreviated or lower-case type without a number
  (« rte de San Martinu », « chemin des Vignes ») up to the phrase's end: the street joins it.

The name opens a field (the line's start, a colon, a comma, a bracket or the cue), so that a sentence's
words before it stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label

_CAP = r"[A-ZÀ-Þ][\w\-]*"
_LINK = r"(?:(?:de[ \t]+la|de|du|des)[ \t]+|d['’]|l['’])"
# The estate's name: its article, then capitalised words linked by small words; a comma after it.
_NAME = rf"(?:Les|Le|La|L['’])[ \t]*{_CAP}(?:[ \t]+{_LINK}?{_CAP}|[ \t]*d['’]{_CAP}){{0,4}}"
_BUILDING_WORD = r"(?i:bât(?:iment)?\.?|bat\.?|esc(?:alier)?\.?|appt\.?|apt\.?|appartement|entrée|immeuble)"
_OPENS = (
    r"(?:^|(?<=[\n:,;(])|(?<=demeurant)|(?<=domicilié)|(?<=domiciliée)|(?<=habite)|(?<=réside)|(?<=résidant))"
)
_NAME_BEFORE = re.compile(rf"{_OPENS}[ \t]*(?P<name>{_NAME})[ \t]*,[ \t]*\Z")
_STARTS_ON_BUILDING = re.compile(rf"{_BUILDING_WORD}(?![^\W\d_])")
# No address found: the cue, the name, then the building's parts (a number or a capital each).
_FLAT = rf"{_BUILDING_WORD}[ \t]*[A-Z0-9]{{1,3}}(?![\w])"
_CUED_NAME_AND_FLAT = re.compile(
    rf"(?i:demeurant|domicili[ée]e?|habite|r[ée]side|r[ée]sidant|adresse[ \t]*:)[ \t]+"
    rf"(?P<address>{_NAME}(?:[ \t]*,[ \t]*{_FLAT})+)"
)
# After an address: a comma, a street's type (abbreviated or in lower case), no number, to the phrase's end.
_STREET_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?P<street>(?:rte|route|ch\.|chemin|rue|av\.|avenue|allée|impasse|bd|boulevard|quai|place"
    r"|lieu-dit|hameau)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])?"
    rf"{_CAP}(?:[ \t]+{_LINK}?{_CAP}){{0,3}})(?=[ \t]*(?:[,.;)]|\n|\Z))"
)
_BUILDING_NEEDLES = (
    "ât",
    "at.",
    "at ",
    "sc",
    "pp",
    "pt",
    "ntrée",
    "eubl",
    "ÂT",
    "AT",
    "SC",
    "PP",
    "PT",
    "NTRÉE",
    "EUBL",
)
SCORE = 0.8


def with_residence_names(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with the estates' names and the unnumbered streets around addresses joined to them (see
    the module's docstring)."""
    out = list(found)
    for k, f in enumerate(out):
        if f.label != Label.ADRESSE:
            continue
        start, end = f.start, f.end
        if _STARTS_ON_BUILDING.match(text, start):
            before = _NAME_BEFORE.search(text, max(0, start - 64), start)
            if before is not None:
                start = before.start("name")
        after = _STREET_AFTER.match(text, end)
        if (
            after is not None
            and not _STARTS_ON_BUILDING.match(text, after.start("street"))
            # (a street read already is its own line: « (Les Granges Hautes, chemin du Causse) »)
            and not any(g.label == Label.ADRESSE and g.start == after.start("street") for g in found)
        ):
            end = after.end("street")
        if (start, end) != (f.start, f.end):
            out[k] = Finding(start, end, f.label, f.score, f.source)
    # (a building's word must be there: a cheap test before the pattern scans the text)
    if "," in text and any(w in text for w in _BUILDING_NEEDLES):
        for m in finditer(_CUED_NAME_AND_FLAT, text):
            s, e = m.span("address")
            if not any(g.label == Label.ADRESSE and g.start < e and s < g.end for g in out):
                out.append(Finding(s, e, Label.ADRESSE, SCORE, "residence_before_building"))
    return out
