"""The acronym of a kind of care structure, alone, is no person's name (issue 8, probe13's family).

Notes of the médico-social sector name the structures by their acronyms: « CAARUD (boutique) — main
courante », « Un PASA est proposé », « DITEP, SAVS et SAMSAH sollicités ». Written alone, in capitals,
such a word was read by the model as a surname in capitals. The acronyms are those that open an
establishment's name in :mod:`egide.detect.places.establishment` (« PASA de Quimperlé » is found there,
with its name); alone they name a kind, not a person.
"""

from __future__ import annotations

from functools import cache

from egide.detect.names.care_roles import ROLE_ABBREVIATIONS
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token

# Roles in capitals that name no one before a name (so not among the care roles' triggers) but are
# roles alone: the coordinating and the private-practice nurse.
_MORE_ROLES = frozenset({"idec", "idel", "ipa", "cadre"})


@cache
def _acronyms() -> frozenset[str]:
    # (imported when first asked: the places import the names' lexicon, no cycle at import time)
    from egide.detect.places.establishment import STRUCTURE_ACRONYMS

    return STRUCTURE_ACRONYMS


def is_structure_acronym(toks: list[Token], span: Span) -> bool:
    """``span`` is one word in capitals that is the acronym of a kind of care structure, proposed by
    the model alone: a title, a header or the lists keep their reading (« Dr MAS », « Nom : MAS » are
    persons; « Mas » is a surname of the south)."""
    if span.last - span.first != 1 or span.source != "model":
        return False
    t = toks[span.first]
    # (a care role's abbreviation alone too: « Mme Roux (IDEC) », « Maud Rouxel, IDEL. »: who she is)
    return t.shape == "U" and (t.text in _acronyms() or t.key in ROLE_ABBREVIATIONS | _MORE_ROLES)


def structure_acronym(t: Token) -> bool:
    """``t`` is the acronym of a kind of care structure in capitals (« FAM », « EHPAD », « MAS »)."""
    return t.shape == "U" and t.text in _acronyms()


# The kin that ends a family firm's name (« Transports Kieffer & Fils », « Bouchard et Frères »).
_FIRM_KIN = frozenset({"fils", "freres", "soeurs", "cie"})


def is_firm_kin(toks: list[Token], span: Span) -> bool:
    """``span`` is « Fils », « Frères » or « Cie » capitalised after « & » or « et » and a capitalised
    name: the end of a family firm's name, no person (its founder's name before it is read apart)."""
    if span.last - span.first != 1 or span.first < 2:
        return False
    t = toks[span.first]
    if t.shape != "C" or t.key not in _FIRM_KIN:
        return False
    before = toks[span.first - 1]
    if t.gap_before.strip() == "&":
        return before.shape in "UC"
    return before.key == "et" and toks[span.first - 2].shape in "UC"
