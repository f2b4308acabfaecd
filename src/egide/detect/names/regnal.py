"""A first name and its ordinal in Roman numerals: a sovereign (« Louis XIV », « Charles XI »), whom
the press names as often as anyone (« un salon Louis XVI »). After a rank any ordinal is one
(« le tsar Nicolas II », « le pape Pie XI »: :func:`with_ordinal`, read by the context rules).

A Roman numeral after a capitalised word is otherwise read as an eponym's grade (« Forrest IIb »,
« Garden III », « Clark IV »), which keeps the word in the text. Clinical grades and classes stop at
V or so (Clark, Evans, Mason, Hunt et Hess); an ordinal from VI up, or X, after a listed first name
that is no eponym and no French word, is a sovereign's. I to V stay grades: « Mason II » is a fracture.
"""

from __future__ import annotations

import re

from egide.detect.names.eponyms import EPONYMS
from egide.detect.names.lexicon import fold
from egide.detect.names.reader import Lexicon
from egide.detect.names.tokens import Token

# I to XXXIX in capitals; alone, a first name needs one from VI up or X, which no clinical grade reaches.
_ORDINAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_GRADES = frozenset({"", "I", "II", "III", "IV", "V"})


def regnal_ordinal(text: str) -> bool:
    """``text`` is a Roman numeral from VI to XXXIX (« XIV », « X »), in capitals."""
    return text not in _GRADES and _ORDINAL.fullmatch(text) is not None


# The given names that sovereigns and popes of the press's centuries bore (folded): after them any
# ordinal is a reign, from I up (« Guillaume II », « Napoléon III », « Albert Ier »); no clinical
# classification is named so (Mason, Garden, Clark, Evans, Forrest, Hunt, Child are none of them).
_SOVEREIGN_NAMES = frozenset(
    fold(w)
    for w in [
        "Louis",
        "Charles",
        "Henri",
        "Henry",
        "François",
        "Philippe",
        "Napoléon",
        "Guillaume",
        "Frédéric",
        "Nicolas",
        "Alexandre",
        "Pierre",
        "Catherine",
        "Élisabeth",
        "Elisabeth",
        "Elizabeth",
        "Victoria",
        "Édouard",
        "Edouard",
        "George",
        "Georges",
        "Léopold",
        "Albert",
        "Baudouin",
        "Ferdinand",
        "Alphonse",
        "Humbert",
        "Victor-Emmanuel",
        "Umberto",
        "Carol",
        "Constantin",
        "Rainier",
        "Jean-Paul",
        "Benoît",
        "Pie",
        "Léon",
        "Grégoire",
        "Clément",
        "Innocent",
        "Wilhelmine",
        "Juliana",
        "Christian",
        "Haakon",
        "Olav",
        "Gustave",
        "Oscar",
        "Manuel",
        "Pedro",
        "Maximilien",
        "Othon",
        "Otto",
        "Wilhelm",
        "Farouk",
        "Fouad",
        "Hassan",
        "Mohammed",
        "Abdallah",
    ]
)


def regnal_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Tokens ``i`` and ``i + 1`` are a first name and a sovereign's ordinal (« Louis XIV »), or a
    sovereign's given name and any ordinal (« Guillaume II », « Albert Ier »)."""
    if i + 1 >= len(toks):
        return False
    t, nxt = toks[i], toks[i + 1]
    if t.shape != "C" or nxt.gap_before != " ":
        return False
    if t.key in _SOVEREIGN_NAMES and (nxt.text in _FIRST or (nxt.text and _ORDINAL.fullmatch(nxt.text))):
        return True
    return (
        regnal_ordinal(nxt.text)
        and lex.first.get(t.key) in {"F", "M"}
        and t.key not in EPONYMS
        and not lex.is_common(t)
    )


# « Ier », « Ire »: the first of the name, written as an ordinal (« Albert Ier », « Élisabeth Ire »).
_FIRST = frozenset({"Ier", "Ire", "I"})


def _ordinal(t: Token) -> bool:
    return t.text in _FIRST or _ORDINAL.fullmatch(t.text) is not None


def with_ordinal(toks: list[Token], start: int, end: int) -> tuple[int, bool]:
    """The name read at ``[start, end)`` after a rank, taking in the ordinal written after it (any, I
    to XXXIX or « Ier »: the rank says a sovereign is named, « le tsar Nicolas II »), and whether
    there is one."""
    if any(_ordinal(toks[k]) for k in range(start + 1, end)):
        return end, True  # the reader took it in already (« le prince Louis II de Monaco »)
    if start < end < len(toks) and toks[end].gap_before == " " and _ordinal(toks[end]):
        return end + 1, True
    return end, False
