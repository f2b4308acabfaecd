"""A newborn's wristband or label, named after its mother: « TERIITAHI bébé de Vaimiti   ♀   né(e) le … »,
« DIALLO BB de Fatou », « MARTIN nouveau-né de Claire ».

Before a child has a given name, the maternity's band writes the family name in capitals, then « bébé
de » (« BB de », « nouveau-né de ») and the mother's given name: both are the identity the band carries.
The mother's name is a capitalised word a list knows as a first name or no word of the language (« bébé
de sexe masculin », « bébé de 3 kg » are no one); the family name is the word in capitals that opens the
band's line right before « bébé ».
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.reader import Lexicon, Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

_NEWBORN = words("bebe bb nouveau-ne nouveau-nee nne")
_OF = frozenset({"de", "d"})


def newborn_band_names(toks: list[Token], taken: list[bool], lex: Lexicon) -> list[Span]:
    """The mother's given name after « bébé de », and the family name in capitals before « bébé » opening
    its line, that no reader took."""
    spans: list[Span] = []
    for k, t in enumerate(toks):
        if t.key not in _NEWBORN or k + 2 >= len(toks):
            continue
        of, mother = toks[k + 1], toks[k + 2]
        if of.key not in _OF or "\n" in of.gap_before + mother.gap_before or not mother.capitalised:
            continue
        if any(c.isdigit() for c in mother.gap_before) or mother.key in cues.TITLES:
            continue
        if lex.is_common(mother) and not lex.is_first(mother):
            continue
        if not taken[k + 2]:
            spans.append(Span(k + 2, k + 3, 0.85, "newborn"))
        family = k - 1
        if (
            family >= 0
            and not taken[family]
            and toks[family].shape == "U"
            and len(toks[family].key) >= 2
            and (family == 0 or "\n" in toks[family].gap_before)
            and not lex.is_common(toks[family])
            and toks[family].key not in MEDICAL_WORDS
        ):
            spans.append(Span(family, family + 1, 0.85, "newborn"))
    return spans
