"""A list of towns as a field's value: « Consultations avancées : Pertuis – Manosque », « Antennes : Millau
· Decazeville », « Sites : Millau, Decazeville, Espalion » (issue #8, probe33 twice: a letterhead lists
the towns where a hospital holds its clinics, which place the writer and so the patient).

The town recogniser wants a cue before a commune (« à », « de », a postcode): a name alone may be a
surname as well. A field's value that is only a list of two or more listed communes, set apart by a dash,
a middle dot, a comma or a slash, is a list of places: each item a commune written with its capital, no
one of them a French word and a small commune (« Vue », « Sens »), the list closing its line. Its items are
masked as VILLE.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.lexicon import load_lexicon

_ITEM = r"[A-ZÀ-Þ][\w'’]*(?:[ \-](?:[a-zà-ÿ]{1,3}[ \-'’])?[A-ZÀ-Þ][\w'’]*){0,3}"
# A field's label (one to four words) and its colon, then the list that fills the rest of the line.
_LIST = re.compile(
    rf"(?m)^[ \t]*[^\W\d_][^\n:]{{0,40}}?[ \t]*:[ \t]*(?P<list>{_ITEM}(?:[ \t]*(?:[–—·,/]|[ \t]-)[ \t]*{_ITEM})+)[ \t]*\.?[ \t]*$"
)
_SEPARATOR = re.compile(r"[ \t]*(?:[–—·,/]|[ \t]-)[ \t]*")
SCORE = 0.75


def towns_in_lists(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with the towns of a field's value that lists only towns (see the module's docstring)."""
    if ":" not in text:
        return list(found)
    lexicon = None
    added: list[Finding] = []
    for m in _LIST.finditer(text):
        lexicon = lexicon or load_lexicon()
        start = m.start("list")
        items: list[tuple[int, int]] = []
        for part in _SEPARATOR.split(m["list"]):
            at = text.index(part, start)
            items.append((at, at + len(part)))
            start = at + len(part)
        if len(items) < 2:
            continue
        communes = [lexicon.commune(text[s:e]) for s, e in items]
        if any(c is None or c.ambiguous for c in communes):
            continue
        for s, e in items:
            if not any(g.start < e and s < g.end for g in found):
                added.append(Finding(s, e, Label.VILLE, SCORE, "town_list"))
    return [*found, *added] if added else list(found)
