"""A care role written right before a name, without article or colon: « IOA Gaëtan », « IDE Prune
Gorge », « interne Chanthavong », « (IADE Le Meur) », « Dr Vidal / interne Chanthavong ».

Triage sheets, operating-room checklists, duty rosters and transmissions name the staff this way: the
role is a label, the name follows it as it follows « IDE : ». The role written with its article
(« l'interne Chanthavong ») is :func:`~egide.detect.names.naming.trade_before_name`'s; after a colon,
the header labels' (:data:`~egide.detect.names.cues.HEADER_LABELS`).

Where a role is followed by a shift, a speciality or a quality (« IDE Matin », « interne Cardio »,
« IDE Référente », « rotation interne Droite »), the word after it is a common word that no name list
holds as a person's: :meth:`ContextRules._listed_person` and the caller's checks leave it.
"""

from __future__ import annotations

from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: Care roles written as abbreviations in capitals (folded): « IDE », « IOA », « IBODE », « AS »…
#: Only in capitals: « as », « ide » in lower case are words.
ROLE_ABBREVIATIONS: frozenset[str] = words(
    "ide idel ioa iade ibode ipa as ash aes amp merm arm parm cca ph sf ase puer"
)
#: Care roles written as lower-case nouns (folded): « interne Chanthavong », « kiné Le Gall ».
ROLE_NOUNS: frozenset[str] = words(
    """
    interne externe cadre kine infirmier infirmiere aide-soignant aide-soignante brancardier
    brancardiere manip manipulateur manipulatrice psychologue dieteticienne dieteticien ergotherapeute
    orthophoniste puericultrice auxiliaire ambulancier ambulanciere sage-femme secretaire assistante
    """
)
#: What may stand before a role noun in lower case that opens a label (« avec interne Dupont », « et
#: cadre Martin »); after any other lower-case word it qualifies a noun (« rotation interne »,
#: « face externe »).
_BEFORE_NOUN = words("avec par et a pour chez appel vu vue prevenu prevenue contacte contactee")
#: Gaps that end a label or a list item before the role: a bracket, a slash, a colon, a comma…
_OPENING_GAPS = frozenset({"(", "/", ":", ";", ",", "-", "\u2014", "\u2013", "+", "&", "["})

TRIGGERS: frozenset[str] = ROLE_ABBREVIATIONS | ROLE_NOUNS


def care_role_before_name(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a care role written as a label before a capitalised word (one space between)."""
    t = toks[i]
    if i + 1 >= len(toks) or toks[i + 1].gap_before != " " or toks[i + 1].shape not in "UC":
        return False
    if t.key in ROLE_ABBREVIATIONS:
        return t.shape == "U"
    if t.key not in ROLE_NOUNS or t.shape == "U":
        return False
    if i == 0 or t.opens or "\n" in t.gap_before:
        return True
    gap = t.gap_before.strip()
    if gap:
        return gap[-1] in _OPENING_GAPS
    return toks[i - 1].key in _BEFORE_NOUN
