"""A thing named after a feast or a saint identifies nobody: « herbe de la Saint-Jean » (St John's wort),
« feu de Saint-Antoine » (ergotism), « danse de Saint-Guy », « marché de Noël », « chocolats de Pâques »,
« le Père Noël ».

« Noël » is also a first name and a surname, « Saint-Jean » and « Saint-Antoine » are communes and
hospitals: the name and place lists read them as such. After a noun of a thing that French names after
a feast or a saint (plants, diseases, the feast's market, tree, gifts, sweets), they are that thing.

Not the feast as a time (« depuis la Toussaint », « rentrer avant Noël »): the probes' convention, as for
a month alone in a person's history (« en janvier », « mi-novembre »), is that it dates the story, and the
engine masks it as it masks the month. Never after a title or a person's cue (« M. Noël »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.nobody.cues import titled

# (an establishment too: the place tagger reads « Saint-Antoine » as the Paris hospital)
_LABELS = frozenset({Label.NOM, Label.VILLE, Label.ETABLISSEMENT})
_FEAST_OR_SAINT = re.compile(
    r"(?:Noël|Noel|Pâques|Paques|Toussaint|Pentecôte|Pentecote|Épiphanie|Epiphanie|Chandeleur"
    r"|Sainte?-[A-ZÀ-Þ][\w\-]*)\Z"
)
# A noun of a thing named after the feast or the saint, then « de », « de la », « des ».
_THING_BEFORE = re.compile(
    r"(?<![\w\-])(?i:herbes?|feux?|danses?|mal|maux|fleurs?|chardons?|marchés?|marches?|sapins?|bûches?"
    r"|buches?|chocolats?|œufs?|oeufs?|cadeaux?|cartes?|chants?|cantiques?|contes?|crèches?|creches?"
    r"|décorations?|decorations?|guirlandes?|lapins?|cloches?|illuminations?|colis|gâteaux?|gateaux?"
    r"|galettes?|lys|rose)"
    r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+|des[ \t]+|du[ \t]+|d['’][ \t]*)\Z"
)
_FATHER_CHRISTMAS = re.compile(r"(?<![\w])(?i:le|du|au|un|père|pere)[ \t]+\Z")


def _thing(text: str, f: Finding) -> bool:
    if text[f.start : f.start + 1] not in "NPTÉECSp":
        return False  # (the first letter of every feast's and saint's name, and of « père »)
    word = text[f.start : f.end]
    start = f.start
    if word.startswith(("Père ", "Pere ", "père ")):
        word, start = word[5:], start + 5
    if _FEAST_OR_SAINT.match(word) is None:
        return False
    before = max(0, start - 30)
    if word in ("Noël", "Noel") and text[max(0, start - 5) : start].casefold() in ("père ", "pere "):
        # « le Père Noël »: a title's look, the tale's figure
        return _FATHER_CHRISTMAS.search(text, max(0, start - 10), start - 5) is not None
    if titled(text, start):
        return False
    return _THING_BEFORE.search(text, before, start) is not None


def drop_feasts(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the things named after a feast or a saint."""
    return [f for f in found if not (f.label in _LABELS and _thing(text, f))]
