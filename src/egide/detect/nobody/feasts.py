"""A thing named after a feast or a saint identifies nobody: « herbe de la Saint-Jean » (St John's wort),
« feu de Saint-Antoine » (ergotism), « danse de Saint-Guy », « marché de Noël », « chocolats de Pâques »,
« le Père Noël ».

« Noël » is also a first name and a surname, « Saint-Jean » and « Saint-Antoine » are communes and
hospitals: the name and place lists read them as such. After a noun of a thing that French names after
a feast or a saint (plants, diseases, the feast's market, tree, gifts, sweets), they are that thing.

A feast kept as an event is nobody's either: « pour la Saint-Nicolas », « les récupérations de la
Sainte-Barbe », « Semaine de la Saint-Yves », « messe de la Toussaint », « le lendemain de Noël
(Saint-Étienne) », « Marché de Noël », « le Père Fouettard », « Saint-Nicolas demain au service »,
« Sainte-Barbe fêtée chez les pompiers », « rentrer avant Noël ». French writes a saint's feast with the feminine article
(« la Saint-Nicolas », for « la fête de saint Nicolas ») which no town and no person takes; a noun of an
event before « de (la) » (« messe », « semaine », « veille », « lendemain », « vacances », « repas »), a
feast's word after (« demain », « fêtée »), or the feast in brackets after another (« lendemain de Noël
(Saint-Étienne) ») says the same.

Not the feast dating a person's history (« désorientée depuis la Toussaint »): the probes' convention,
as for a month alone in it (« depuis janvier »), is that it dates the story, and the engine masks it as
it masks the month; a feast after « depuis » stays. Never after a title or a person's cue (« M. Noël »),
nor after a town's preposition (« à Saint-Nicolas-de-Port », « transféré à Sainte-Barbe »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.nobody.cues import titled, town_cued

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
    r"|galettes?|lys|rose"
    # an event held at the feast, or the days around it (« messe de la Toussaint », « lendemain de Noël »)
    r"|messes?|semaines?|veilles?|veillées?|lendemains?|vacances|congés|conges|fêtes?|fetes?|repas|goûters?"
    r"|gouters?|réveillons?|reveillons?|nuits?|jours?|week-ends?|périodes?|periodes?|plannings?|ponts?"
    r"|récupérations?|recuperations?|spectacles?|célébrations?|celebrations?|processions?|pardons?)"
    r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+|des[ \t]+|du[ \t]+|d['’][ \t]*)\Z"
)
_FATHER_CHRISTMAS = re.compile(r"(?<![\w])(?i:le|du|au|un|père|pere)[ \t]+\Z")
# The figures of the feasts' tales, after « Père » (« le Père Fouettard »): no one's name.
_TALE_FIGURES = frozenset({"Noël", "Noel", "Fouettard", "Fouettard."})
# A saint's feast: the feminine article before a saint's name (« pour la Saint-Nicolas », « de la
# Sainte-Barbe »); « la Toussaint », « la Pentecôte », « la Chandeleur » too.
_FEMININE_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:la|à[ \t]+la|a[ \t]+la)[ \t]+\Z")
# The word « depuis » before the feast (« depuis la Toussaint », « depuis Noël »): it dates a history.
_SINCE_BEFORE = re.compile(r"(?<![\w])(?i:depuis)[ \t]+(?:la[ \t]+|le[ \t]+)?\Z")
# What says a saint's name is its feast right after it (« Saint-Nicolas demain », « Sainte-Barbe fêtée »).
_FEAST_AFTER = re.compile(
    r"[ \t]+(?i:fêtée?s?|fetee?s?|demain|après-demain|ce[ \t]+week-end|cette[ \t]+semaine|approche|arrive)(?![\w])"
)
# A feast's word then its saint's name in brackets (« le lendemain de Noël (Saint-Étienne) »).
_FEAST_BRACKET_BEFORE = re.compile(
    r"(?:Noël|Noel|Pâques|Paques|Toussaint|Pentecôte|Pentecote|Ascension|férié|ferie)[ \t]*\([ \t]*\Z"
)
# A finding that took the « de » or the event's noun with the feast (« [de Noël] », « [Marché de Noël] »).
_LEADING = re.compile(
    r"(?:(?i:marché|marche|messe|semaine|fête|fete|veillée|veillee|repas|goûter|gouter|réveillon|reveillon)"
    r"[ \t]+)?(?:de[ \t]+la[ \t]+|de[ \t]+|du[ \t]+|d['’])"
)


def _thing(text: str, f: Finding) -> bool:
    if text[f.start : f.start + 1] not in "NPTÉECSpdDMmFf":
        return False  # (the first letter of every feast's and saint's name, of « père », « de », an event)
    word = text[f.start : f.end]
    start = f.start
    if word.startswith(("Père ", "Pere ", "père ")):
        word, start = word[5:], start + 5
    elif (lead := _LEADING.match(word)) is not None and lead.end() < len(word):
        # the finding took « de » or the event's noun with the feast: the feast is read after them
        word, start = word[lead.end() :], start + lead.end()
        if _FEAST_OR_SAINT.match(word) is not None and not titled(text, f.start):
            return _SINCE_BEFORE.search(text, max(0, f.start - 12), f.start) is None
        return False
    if word in _TALE_FIGURES and text[max(0, start - 5) : start].casefold() in ("père ", "pere "):
        # « le Père Noël », « le Père Fouettard »: a title's look, the tale's figure
        return _FATHER_CHRISTMAS.search(text, max(0, start - 10), start - 5) is not None
    if _FEAST_OR_SAINT.match(word) is None:
        return False
    before = max(0, start - 30)
    if titled(text, start) or _SINCE_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False
    if _THING_BEFORE.search(text, before, start) is not None:
        return True
    if f.label == Label.ETABLISSEMENT:
        return False  # (« Clinique de la Sainte-Famille »: the feast's cues below are a name's there)
    if word in _FEASTS_AS_TIME and _TIME_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    if _FEMININE_ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None:
        return word.startswith("Saint-") or word in _FEMININE_FEASTS or word.startswith("Sainte-")
    if town_cued(text, start):
        return False
    return word.startswith(("Saint-", "Sainte-")) and (
        _FEAST_AFTER.match(text, f.end) is not None
        or _FEAST_BRACKET_BEFORE.search(text, max(0, start - 20), start) is not None
    )


# A feast ahead of the story, after a preposition of time (« rentrer avant Noël », « d'ici Pâques »): « à »
# and « pour » are left out (« transmis à Noël pour la nuit » names a nurse).
_FEASTS_AS_TIME = frozenset({"Noël", "Noel", "Pâques", "Paques", "Toussaint", "Pentecôte", "Pentecote"})
_TIME_BEFORE = re.compile(
    r"(?<![\w])(?i:avant|après|apres|d['’]ici|jusqu['’]à|jusqu['’]a|dès|des)[ \t]+(?:la[ \t]+)?\Z"
)
# Feasts that take the feminine article themselves (« la Toussaint », « la Pentecôte »).
_FEMININE_FEASTS = frozenset({"Toussaint", "Pentecôte", "Pentecote", "Chandeleur", "Épiphanie", "Epiphanie"})


def drop_feasts(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the things named after a feast or a saint."""
    return [f for f in found if not (f.label in _LABELS and _thing(text, f))]
