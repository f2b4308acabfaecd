"""A food or a product named after its place is nobody's and nowhere anyone lives: « fromage de Cantal et
Roquefort à limiter », « eau de Vichy déconseillée », « deux pastilles Vichy », « moutarde de Dijon ».

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
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

# Cheap pre-check: the nouns' stems, lower-cased.
_NEEDLES = ("fromage", "eau", "vin", "pastille", "moutarde", "jambon", "saucis", "huile", "miel", "lentille",
            "nougat", "calisson", "bêtise", "cidre", "bière", "bonbon", "rillette", "andouille", "piment",
            "cassoulet", "biscuit", "madeleine", "galette", "beurre", "crème", "sel ", "noix", "pruneau")  # fmt: skip
# A product's noun, then « de », « d' », « du » or nothing, right before the name (``\Z`` at its start).
_PRODUCT_BEFORE = re.compile(
    r"(?<![\w\-])(?i:fromages?|eaux?|vins?|pastilles?|moutardes?|jambons?|saucisses?|saucissons?|huiles?"
    r"|miels?|lentilles|nougats?|calissons?|bêtises|cidres?|bières?|bonbons?|rillettes|andouilles?"
    r"|andouillettes?|piments?|cassoulets?|biscuits?|madeleines?|galettes?|beurres?|crèmes?|sel|noix"
    r"|pruneaux)[ \t]+(?:de[ \t]+|d['’][ \t]*|du[ \t]+)?\Z"
)
# The items before a coordinated one: « de Cantal et », « de Comté, Beaufort ou » (``\Z`` at its start).
_ITEMS_BEFORE = re.compile(
    r"(?P<first>[A-ZÀ-Þ][\w\-]+)(?:[ \t]*,[ \t]*[A-ZÀ-Þ][\w\-]+)*(?:[ \t]*,[ \t]*|[ \t]+(?:et|ou)[ \t]+)\Z"
)
_LABELS = frozenset({Label.NOM, Label.VILLE, Label.ETABLISSEMENT})


def _after_a_product(text: str, start: int) -> bool:
    if _PRODUCT_BEFORE.search(text, max(0, start - 24), start):
        return True
    items = _ITEMS_BEFORE.search(text, max(0, start - 80), start)
    return (
        items is not None
        and _PRODUCT_BEFORE.search(text, max(0, items.start() - 24), items.start()) is not None
    )


def drop_appellations(doc: Document, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the names and places that name a product after its place."""
    low = doc.lower
    if not any(needle in low for needle in _NEEDLES):
        return list(found)
    text = doc.text
    kept = []
    for f in found:
        words = text[f.start : f.end].split()
        if (
            f.label in _LABELS
            and 1 <= len(words) <= 2
            and text[f.start : f.start + 1].isupper()
            and _after_a_product(text, f.start)
        ):
            continue
        kept.append(f)
    return kept
