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

# A product's noun, then « de », « d' », « du » or nothing, right before the name (``\Z`` at its start;
# read on a few characters before each finding only).
_PRODUCT_BEFORE = re.compile(
    r"(?<![\w\-])(?i:fromages?|eaux?|vins?|pastilles?|moutardes?|jambons?|saucisses?|saucissons?|huiles?"
    r"|miels?|lentilles|nougats?|calissons?|bêtises|cidres?|bières?|bonbons?|rillettes|andouilles?"
    r"|andouillettes?|piments?|cassoulets?|biscuits?|madeleines?|galettes?|beurres?|crèmes?|sel|noix"
    r"|pruneaux)[ \t]+(?:de[ \t]+|d['’][ \t]*|du[ \t]+)?\Z"
)
# What ends the text before a coordinated item: a comma, « et », « ou ».
_COORDINATED = re.compile(r"(?:,|[ \t](?:et|ou))[ \t]*\Z")
# The items before a coordinated one: « de Cantal et », « de Comté, Beaufort ou » (``\Z`` at its start).
_ITEMS_BEFORE = re.compile(
    r"(?P<first>[A-ZÀ-Þ][\w\-]+)(?:[ \t]*,[ \t]*[A-ZÀ-Þ][\w\-]+)*(?:[ \t]*,[ \t]*|[ \t]+(?:et|ou)[ \t]+)\Z"
)
_LABELS = frozenset({Label.NOM, Label.VILLE, Label.ETABLISSEMENT})


# The last character of every match of ``_PRODUCT_BEFORE`` (a blank, or the apostrophe of « d' »), and of
# ``_COORDINATED`` (a blank, a comma, the last letter of « et », « ou »): where the character before
# ``start`` is none of them, the search (a look-behind and twenty-odd words tried at each of up to 24
# characters, for each finding) cannot match.
_PRODUCT_ENDS = frozenset(" \t'’")
_COORDINATED_ENDS = frozenset(" \t,tu")


def _after_a_product(text: str, start: int) -> bool:
    """A product's noun right before ``start``, or before the items coordinated with the word there."""
    before = text[start - 1] if start else ""
    if before in _PRODUCT_ENDS and _PRODUCT_BEFORE.search(text, max(0, start - 24), start):
        return True
    if before not in _COORDINATED_ENDS or _COORDINATED.search(text, max(0, start - 6), start) is None:
        return False
    items = _ITEMS_BEFORE.search(text, max(0, start - 80), start)
    return (
        items is not None
        and text[items.start() - 1 : items.start()] in _PRODUCT_ENDS
        and _PRODUCT_BEFORE.search(text, max(0, items.start() - 24), items.start()) is not None
    )


#: The same question for the place tagger, which reads after the rules (« moutarde de Dijon »).
after_a_product = _after_a_product


def drop_appellations(doc: Document, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the names and places that name a product after its place."""
    text = doc.text
    kept = []
    for f in found:
        if (
            f.label in _LABELS
            and text[f.start : f.start + 1].isupper()
            and 1 <= len(text[f.start : f.end].split()) <= 2
            and _after_a_product(text, f.start)
        ):
            continue
        kept.append(f)
    return kept
