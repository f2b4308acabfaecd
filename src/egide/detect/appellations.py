"""A food or a product named after its place is nobody's and nowhere anyone lives: « fromage de Cantal et
Roquefort à limiter », « eau de Vichy déconseillée », « deux pastilles Vichy », « moutarde de Dijon », « Pas de Vichy Célestins (eau trop salée) », « boit du
Bordeaux le week-end », « savon de Marseille », « chou de Bruxelles », « Régime : pas de Munster, de
Maroilles ».

Dietary advice and patients' habits name what they eat and drink by its appellation: the place (a
commune, a department, a region) or a word the name lists hold (« Roquefort », « Cantal ») is read by
the town and name recognisers as anyone's. A product's noun right before it, with « de » or bare, says
it is the product; so are the items coordinated with it (« de Cantal et Roquefort », « de Comté,
Beaufort ou Reblochon »). :func:`drop_appellations` drops the names and places found there from a
reading's findings, as :mod:`~egide.detect.legal_dates` drops a law's date. Narrow: one or two
capitalised words, no title before them (« eau de M. Vichy » is nobody's habit).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import search
from egide.detect.labels import Label
from egide.detect.nobody.cues import titled

# A product's noun, then « de », « d' », « du » or nothing, right before the name (``\Z`` at its start;
# read on a few characters before each finding only).
_PRODUCT_BEFORE = re.compile(
    r"(?<![\w\-])(?i:fromages?|eaux?(?:[ \t]+(?:thermales?|minérales?|minerales?))?|vins?|mirabelles?|quiches?|pastilles?|moutardes?|jambons?|saucisses?|saucissons?|huiles?"
    r"|miels?|lentilles|nougats?|calissons?|bêtises|cidres?|bières?|bonbons?|rillettes|andouilles?"
    r"|andouillettes?|piments?|cassoulets?|biscuits?|madeleines?|galettes?|beurres?|crèmes?|sel|noix"
    r"|pruneaux"
    # vegetables, cheeses, sweets and household products named after their place (« chou de Bruxelles »,
    # « savon de Marseille », « herbes de Provence », « coco de Paimpol », « sucre de Vichy »); not the
    # foods a relative brings (« le gâteau de Marie », « les chocolats de Lucie »: a person's)
    r"|choux?|savons?|herbes|pâtés?|tommes?|fourmes?|crottins?|vinaigres?|cocos?|haricots?|mâches?"
    r"|charcuteries?|sucres?|sucettes?|berlingots?"
    # a glass or a bottle of it (« un verre de Bordeaux », « une bouteille de Vittel »)
    r"|verres?|bouteilles?|coupes?|canettes?)[ \t]+(?:de\s+|d['’][ \t]*|du\s+)?\Z"
    # or a drink the patient takes (« boit du Bordeaux le week-end », « buvait un Cahors par jour »)
    r"|(?<![\w\-])(?i:boit|boivent|boire|buvait|buvaient|bu|consomme|consommait)[ \t]+(?:du|un|une|de[ \t]+la)[ \t]+\Z"
)
# Mineral waters, sold under their spring's town (« Vichy Célestins », « Saint-Yorre », « Volvic »): with
# a word of water or drinking in the sentence they are the water (« Pas de Vichy Célestins (eau trop
# salée) », « Saint-Yorre autorisée »). Folded, without accents.
_MINERAL_WATERS = frozenset(
    {"vichy", "vichy celestins", "celestins", "saint-yorre", "st-yorre", "volvic", "evian", "vittel", "contrex",
     "contrexeville", "thonon", "badoit", "hepar", "quezac", "salvetat", "rozana", "wattwiller", "vals",
     "chateldon", "saint-amand", "plancoet", "courmayeur", "san pellegrino", "perrier", "arvie", "luchon",
     "ogeu", "mont-roucous", "la salvetat", "saint-galmier"}
)  # fmt: skip
# Cheeses sold under their place's name (AOP and the common others), folded: in a sentence of diet or of
# eating they are the cheese (« Régime : pas de Munster, de Maroilles ni de Pont-l'Évêque »), whatever
# noun stands or not before them; after a town's cue, the town (« domiciliée à Munster »).
_CHEESES = frozenset(
    {"munster", "maroilles", "pont-l'eveque", "pont-l’eveque", "livarot", "camembert", "neufchatel",
     "roquefort", "cantal", "salers", "laguiole", "saint-nectaire", "st-nectaire", "comte", "beaufort",
     "reblochon", "abondance", "morbier", "mont-d'or", "epoisses", "langres", "chaource", "brie", "coulommiers",
     "banon", "rocamadour", "valencay", "selles-sur-cher", "chavignol", "sainte-maure", "ossau-iraty",
     "tome des bauges", "fourme d'ambert", "ambert", "saint-marcellin", "picodon", "pelardon", "bethmale",
     "mimolette", "emmental", "raclette", "tomme", "cheddar", "gouda", "edam", "parmesan", "gorgonzola",
     "feta", "mozzarella", "saint-felicien", "vacherin", "bleu d'auvergne", "bleu de gex", "gex",
     "sassenage", "tamie", "chaumes", "boursin", "rouy", "cancoillotte", "cabecou", "murol"}
)  # fmt: skip
_DIET_WORDS = re.compile(
    r"(?<![\w])(?i:régimes?|regimes?|fromages?|aliments?|alimentation|alimentaires?|mange\w*|consomm\w*"
    r"|éviter|eviter|évite|limiter|limite|interdits?|autorisée?s?|privilégier|riches?|repas|diététi\w*"
    r"|dieteti\w*|potassium|sel|sodés?|kaliémie|kaliemie|goûter|gouter|plateau)(?![\w])"
)
_WATER_WORDS = re.compile(
    r"(?<![\w])(?i:eaux?|gazeuses?|pétillantes?|petillantes?|minérales?|minerales?|bouteilles?|boire|boit"
    r"|bicarbonatée?s?|litres?)(?![\w])"
)
# A town's own cues right before the name (« née à Vichy », « 03200 Vichy », « domiciliée Volvic »): the
# town, whatever water the sentence speaks of.
_TOWN_CUE_BEFORE = re.compile(
    r"(?:(?<![\w])(?i:à|a|au|en)|[0-9]{5}|(?i:n[ée]e?|domicili\w*|habite|vit|originaire|r[ée]side\w*))[ \t]*\Z"
)
# How far around the water's name its sentence's water word may stand.
_WATER_REACH = 60
# What ends the text before a coordinated item: a comma, « et », « ou », maybe with their « de » (« eau
# d'Évian ou de Volvic »).
_COORDINATED = re.compile(r"(?:,|[ \t](?:et|ou))[ \t]*(?:(?:de|du)[ \t]+|d['’][ \t]*)?\Z")
# The items before a coordinated one: « de Cantal et », « de Comté, Beaufort ou » (``\Z`` at its start).
_ITEMS_BEFORE = re.compile(
    r"(?P<first>[A-ZÀ-Þ][\w\-]+)(?:[ \t]*,[ \t]*[A-ZÀ-Þ][\w\-]+)*"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:et|ou)[ \t]+)(?:(?:de|du)[ \t]+|d['’][ \t]*)?\Z"
)
# A capitalised word right before another, then a blank (« Vichy » in « eau de Vichy Saint-Yorre »).
_NAME_BEFORE = re.compile(r"(?<![\w\-])[A-ZÀ-Þ][\w\-]+[ \t]+\Z")
_LABELS = frozenset({Label.NOM, Label.VILLE, Label.ETABLISSEMENT})


# The last character of every match of ``_PRODUCT_BEFORE`` (a blank, or the apostrophe of « d' »), and of
# ``_COORDINATED`` (a blank, a comma, the last letter of « et », « ou »): where the character before
# ``start`` is none of them, the search (a look-behind and twenty-odd words tried at each of up to 24
# characters, for each finding) cannot match.
_PRODUCT_ENDS = frozenset(" \t\n'’")
_COORDINATED_ENDS = frozenset(" \t,tu'’")


def _after_a_product(text: str, start: int) -> bool:
    """A product's noun right before ``start``, or before the items coordinated with the word there."""
    before = text[start - 1] if start else ""
    if before in _PRODUCT_ENDS and search(_PRODUCT_BEFORE, text, max(0, start - 24), start):
        return True
    if before in " \t" and (name := search(_NAME_BEFORE, text, max(0, start - 24), start)) is not None:
        # the spring after its town (« eau de Vichy Saint-Yorre »): the town after a product, the spring too
        first = name.start()
        if text[first - 1 : first] in _PRODUCT_ENDS and search(
            _PRODUCT_BEFORE, text, max(0, first - 24), first
        ):
            return True
    if before not in _COORDINATED_ENDS or _COORDINATED.search(text, max(0, start - 10), start) is None:
        return False
    items = _ITEMS_BEFORE.search(text, max(0, start - 80), start)
    return (
        items is not None
        and text[items.start() - 1 : items.start()] in _PRODUCT_ENDS
        and search(_PRODUCT_BEFORE, text, max(0, items.start() - 24), items.start()) is not None
    )


#: The same question for the place tagger, which reads after the rules (« moutarde de Dijon »).
after_a_product = _after_a_product


def _a_mineral_water(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a mineral water's name (with the spring's after the town: « Vichy
    Célestins ») and a word of water or drinking stands in its sentence around it."""
    if text[start : start + 2].casefold() not in _WATER_HEADS:
        return False  # (a cheap test first: most names found are no water's)
    more = _SPRING_AFTER.match(text, end)
    name = text[start : more.end() if more is not None else end]
    if _fold(name) not in _MINERAL_WATERS and _fold(text[start:end]) not in _MINERAL_WATERS:
        return False
    if _TOWN_CUE_BEFORE.search(text, max(0, start - 16), start) is not None:
        return False
    return (
        _WATER_WORDS.search(text, max(0, start - _WATER_REACH), min(len(text), end + _WATER_REACH))
        is not None
    )


# The first two letters, in lower case and as written (« év », « ev »), of every water's name.
_WATER_HEADS = frozenset({w[:2] for w in _MINERAL_WATERS} | {"év", "hé", "qu", "ch", "pl", "sa", "st"})
_SPRING_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ][\w\-]+")


_CHEESE_HEADS = frozenset({c[:2] for c in _CHEESES} | {"co", "ép", "ro", "va", "pé", "ca", "be"})


def _a_cheese(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a cheese's name in a sentence of diet or eating, no town's cue before it."""
    if text[start : start + 2].casefold() not in _CHEESE_HEADS or _fold(text[start:end]) not in _CHEESES:
        return False  # (the first two letters first: most names found are no cheese's)
    if _TOWN_CUE_BEFORE.search(text, max(0, start - 16), start) is not None or titled(text, start):
        return False
    # a first name beside it makes it a person's surname (« Beaufort Jean », « Jean Beaufort »)
    if search(_NAME_BEFORE, text, max(0, start - 24), start) or _SPRING_AFTER.match(text, end):
        return False
    return (
        _DIET_WORDS.search(text, max(0, start - _WATER_REACH), min(len(text), end + _WATER_REACH)) is not None
    )


# A dish named after its region, the region's adjective after the dish (« quiche lorraine »), which the
# name lists hold as a first name: in lower case right after the dish's noun.
_DISH_BEFORE = re.compile(r"(?<![\w\-])(?i:quiches?|potées?|potees?|tartes?|salades?)[ \t]+\Z")
_DISH_ADJECTIVES = frozenset({"lorraine", "lorraines"})


def _a_dish_adjective(text: str, start: int, end: int) -> bool:
    return (
        text[start:end] in _DISH_ADJECTIVES
        and _DISH_BEFORE.search(text, max(0, start - 10), start) is not None
    )


def _fold(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())


def drop_appellations(doc: Document, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the names and places that name a product after its place."""
    text = doc.text
    kept = []
    for f in found:
        if (
            f.label in _LABELS
            and (text[f.start : f.start + 1].isupper() or _a_dish_adjective(text, f.start, f.end))
            and 1 <= len(text[f.start : f.end].split()) <= 2
            and (
                _after_a_product(text, f.start)
                or _a_mineral_water(text, f.start, f.end)
                or _a_cheese(text, f.start, f.end)
            )
        ):
            continue
        kept.append(f)
    return kept
