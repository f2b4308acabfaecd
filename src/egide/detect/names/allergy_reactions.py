"""A reaction in brackets on an allergy line is no first name: « Allergie : Augmentin (rash) »,
« allergique à la pénicilline (urticaire) ».

A first name typed alone in lower case between brackets signs a note (« (thomas) »): the lists read it
so. On a line that names an allergy, the word between brackets after the allergen is the reaction it
gave, and the first-name sources hold some of those words (« rash », an English word of the wards). The
line is read back from the word to its start, a few words at most.
"""

from __future__ import annotations

from egide.detect.names.tokens import Token

#: How many words back on the line an allergy's word may stand.
_REACH = 8


def on_an_allergy_line(toks: list[Token], i: int) -> bool:
    """Whether a word opening « allerg… » or « intoléran… » stands before ``toks[i]`` on its line."""
    k = i
    while k > 0 and i - k < _REACH:
        if "\n" in toks[k].gap_before:
            return False
        k -= 1
        key = toks[k].key
        if key.startswith(("allerg", "intoléran", "intoleran")):
            return True
    return False
