"""A relative's name in brackets right after the kinship noun, without a possessive (issue 8, probe25):
« fille (Kavitha) appelée à 2h », « fils (Tavita) prévenu », « épouse (rosalba) présente ».

A hurried note names the relative it called so: the noun says who, the bracket holds one word and closes
right after it. Capitalised, the word is a name unless it is a label's acronym (« tuteur (UDAF) »: the
caller checks). In lower case it is read only when it is no French, medical or medicine word, of five
letters or more (« dnid », « ulis » are acronyms typed in lower case), no country (« corée »), with no
adjective's or participle's ending (« dialysée »), and never after « fils », which also names sutures
(« ablation des fils (vicryl) »). A disease named after a person is a family's history (« père
(Parkinson) »), no name. Only the family's nouns count: a carer's role in brackets is a detail
(« infirmière (libérale) »).
"""

from __future__ import annotations

from egide.detect.names.eponyms import is_unambiguous_eponym
from egide.detect.names.medicines import medicine_names
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words
from egide.detect.places.countries import only_countries

# The family's nouns, folded (no carer's role: « infirmière », « kiné », « tuteur »).
RELATIVES = words(
    """
    fille fils epouse epoux mari femme soeur frere niece neveu mere pere conjoint conjointe compagne
    compagnon petite-fille petit-fils belle-fille beau-fils belle-mere beau-pere belle-soeur beau-frere
    cousin cousine tante oncle grand-mere grand-pere gendre bru concubin concubine papa maman
    """
)
_MIN_LOWER = 5
# The endings, folded, of the participles, adjectives and diseases the lexicon may lack (« dialysée »,
# « lupique », « cirrhose », « dépendant », « nerveux »): a name in lower case the lists do not know is
# read only without them (« kavitha »); the listed first names (« sandrine ») are read before.
_WORD_ENDINGS = ("e", "es", "ant", "ants", "eux", "aux")


def relative_in_brackets(kin: Token, name: Token, is_common: bool) -> bool:
    """``kin`` is a family's noun and ``name`` the one word of the bracket after it (« fille (Kavitha) »);
    ``is_common``: the lexicon reads ``name`` as a French or a medical word."""
    if kin.key not in RELATIVES or name.gap_before.strip(" \t") != "(" or name.gap_after[:1] != ")":
        return False
    if is_unambiguous_eponym(name.key):
        return False  # a family's history: « père (Parkinson), mère (Alzheimer) »
    if name.shape == "C":
        return True
    return kin.key != "fils" and lower_name_in_brackets(name, is_common)


def lower_name_in_brackets(name: Token, is_common: bool) -> bool:
    """A word in lower case alone in brackets that may be a name: five letters or more, no French, medical
    or medicine word, no country, no participle's or adjective's ending (« kavitha », not « dialysée »)."""
    return (
        name.shape == "L"
        and len(name.key) >= _MIN_LOWER
        and not is_common
        and name.key not in medicine_names()
        and not only_countries(name.text)
        and not name.key.endswith(_WORD_ENDINGS)
    )
