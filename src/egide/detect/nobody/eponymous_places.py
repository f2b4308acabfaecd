"""A classification or a scale named after the town where it was written identifies nobody's place:
« Ann Arbor (Lugano 2014 pour la réponse) », « modification de Lugano », « Deauville 2 », « règles
d'Ottawa ».

The town recognisers and the place tagger read these towns as places; the eponym list
(:data:`~egide.detect.names.eponyms.EPONYMS`) holds them as a classification's name. A word of that
list found as a town is the classification's unless a town's cue stands right before it (« domicilié à
Lugano », « né à Ottawa », « CH-6900 Lugano »); after « de » only when the noun before « de » heads an
eponym (« classification de », « critères de ») or speaks of a version (« modification de »,
« révision de »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.eponyms import heads_eponym, is_unambiguous_eponym
from egide.detect.nobody.cues import town_cued
from egide.detect.places.lexicon import fold_cached

# « de » right before the word, with the words before it (folded later).
_DE_BEFORE = re.compile(r"(?P<words>(?:[\w\-]+[ \t]+){1,4})(?:de|d['’]|du)[ \t]*\Z")
# The edition's year or a grade after the name (« Lugano 2014 », « Deauville 2 »), no postcode.
_YEAR_OR_GRADE_AFTER = re.compile(r"[ \t]+(?:(?:19|20)[0-9]{2}|[0-9]{1,2}|[IVX]{1,3}[a-c]?)(?![\w])")
_VERSION_NOUNS = frozenset(
    {"modification", "modifications", "modifiee", "modifie", "revision", "revisee", "revise", "version",
     "actualisation", "adaptation", "criteres", "regles", "regle"}
)  # fmt: skip


def _classification(text: str, f: Finding) -> bool:
    word = text[f.start : f.end]
    if " " in word or not is_unambiguous_eponym(fold_cached(word)):
        return False
    if _YEAR_OR_GRADE_AFTER.match(text, f.end) is not None and not town_cued(text, f.start):
        return True
    de = _DE_BEFORE.search(text, max(0, f.start - 60), f.start)
    if de is None:
        return False
    before = [fold_cached(w) for w in de.group("words").split()]
    return before[-1] in _VERSION_NOUNS or heads_eponym(before)


def drop_eponymous_places(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the classifications named after their town."""
    return [f for f in found if not (f.label == Label.VILLE and _classification(text, f))]
