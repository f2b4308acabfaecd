"""A land named after « en » is no person (probe29's family): « saisonnier vendanges en Champagne »,
« vacances en Bretagne », « né en Lorraine ». The old provinces and regions French names with « en »
(:data:`~egide.detect.places.regions.LANDS_NAMED_WITH_EN`) are also surnames in the lists (« Champagne »,
« Berry », « Brie »): right after « en », capitalised, the word is the land, not a person — no one is said
to be « en Martin ». The words are marked taken for the lists and the model (a title still makes a name:
« en M. Champagne » is not written).
"""

from __future__ import annotations

from egide.detect.names.tokens import Token
from egide.detect.places.regions import LANDS_NAMED_WITH_EN


def lands_after_en(toks: list[Token]) -> list[int]:
    """The positions of the words of a land right after « en » (one or two words: « Île-de-France »
    is one token, « Grand Est » two)."""
    taken: list[int] = []
    for k in range(1, len(toks)):
        t = toks[k]
        if t.shape != "C" or toks[k - 1].key != "en" or toks[k - 1].gap_after.strip():
            continue
        if t.key in LANDS_NAMED_WITH_EN:
            taken.append(k)
        elif k + 1 < len(toks) and f"{t.key}-{toks[k + 1].key}" in LANDS_NAMED_WITH_EN:
            taken.extend((k, k + 1))
    return taken
